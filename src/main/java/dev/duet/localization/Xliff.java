package dev.duet.localization;

import dev.duet.failure.InvalidInput;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * XLIFF 1.2 for translation files: one {@code <file>} per story ({@code original="story:<id>"}), one
 * {@code <trans-unit>} per text. Reading refuses DTDs and external entities (no XXE) and names what is malformed.
 */
public final class Xliff {

    static final String NAMESPACE = "urn:oasis:names:tc:xliff:document:1.2";
    private static final String ORIGINAL_PREFIX = "story:";

    private Xliff() {
    }

    public static String write(TranslationFile file) {
        var out = new StringWriter();
        try {
            var xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("xliff");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("version", "1.2");
            for (var story : file.stories()) writeFile(xml, file, story);
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("XLIFF cannot be written", e);
        }
        return out.toString();
    }

    private static void writeFile(XMLStreamWriter xml, TranslationFile file, TranslationFile.StoryTexts story)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("file");
        xml.writeAttribute("original", ORIGINAL_PREFIX + story.storyId());
        xml.writeAttribute("source-language", file.sourceLanguage());
        xml.writeAttribute("target-language", file.targetLanguage());
        xml.writeAttribute("datatype", "plaintext");
        xml.writeAttribute("product-name", story.fullSlug());
        xml.writeCharacters("\n    ");
        xml.writeStartElement("body");
        for (var unit : story.units()) {
            xml.writeCharacters("\n      ");
            xml.writeStartElement("trans-unit");
            xml.writeAttribute("id", unit.id());
            element(xml, "source", unit.source());
            element(xml, "target", unit.target());
            xml.writeEndElement();
        }
        xml.writeCharacters("\n    ");
        xml.writeEndElement();
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    /** Reads an XLIFF 1.2 document, or fails with {@link InvalidInput} saying what is wrong. */
    public static TranslationFile read(String text) {
        var document = parse(text);
        var root = document.getDocumentElement();
        if (!"xliff".equals(root.getLocalName())) throw new InvalidInput("not an XLIFF document: the root element is "
                + root.getLocalName() + ", expected xliff");
        if (!"1.2".equals(root.getAttribute("version"))) {
            throw InvalidInput.field("xliff.version", "must be 1.2, got " + root.getAttribute("version"));
        }
        String source = null, target = null;
        var stories = new ArrayList<TranslationFile.StoryTexts>();
        for (var file : children(root, "file")) {
            source = file.getAttribute("source-language");
            target = file.getAttribute("target-language");
            var original = file.getAttribute("original");
            if (!original.startsWith(ORIGINAL_PREFIX)) {
                throw InvalidInput.field("file.original", "must be story:<id> as exported, got " + original);
            }
            long storyId;
            try {
                storyId = Long.parseLong(original.substring(ORIGINAL_PREFIX.length()));
            } catch (NumberFormatException e) {
                throw InvalidInput.field("file.original", "must be story:<id> as exported, got " + original);
            }
            var units = new ArrayList<TranslationFile.Unit>();
            for (var body : children(file, "body")) {
                for (var unit : children(body, "trans-unit")) {
                    var id = unit.getAttribute("id");
                    if (id.isEmpty()) throw InvalidInput.field("trans-unit.id", "is required");
                    units.add(new TranslationFile.Unit(id, textOf(unit, "source"), textOf(unit, "target")));
                }
            }
            stories.add(new TranslationFile.StoryTexts(storyId, null, file.getAttribute("product-name"), units));
        }
        if (stories.isEmpty()) throw new InvalidInput("the XLIFF document has no <file> element");
        return new TranslationFile(source, target, stories);
    }

    private static Document parse(String text) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e; // reported as a 400; the default handler would also print it to stderr
                }
            });
            return builder.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (SAXException e) {
            throw new InvalidInput("malformed XLIFF: " + e.getMessage());
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException("the XML parser cannot be set up", e);
        }
    }

    private static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getLocalName())) found.add(element);
        }
        return found;
    }

    /** The text of the child element {@code name}, or null when it is absent. */
    private static String textOf(Element unit, String name) {
        var found = children(unit, name);
        return found.isEmpty() ? null : found.getFirst().getTextContent();
    }
}
