package dev.duet.localization;

import dev.duet.failure.InvalidInput;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XliffTest {

    private static final TranslationFile FILE = new TranslationFile("en", "de", List.of(
            new TranslationFile.StoryTexts(42, "Home", "home", List.of(
                    new TranslationFile.Unit("root.title", "Fish & <Chips>", "Fisch & <Pommes>"),
                    new TranslationFile.Unit("hero.text.0", "Line \"one\"", ""))),
            new TranslationFile.StoryTexts(43, "About", "about", List.of(
                    new TranslationFile.Unit("root.title", "About", "Über")))));

    @Test
    void what_is_written_reads_back_the_same_with_special_characters_escaped() {
        var xml = Xliff.write(FILE);

        assertThat(xml).contains("xmlns=\"urn:oasis:names:tc:xliff:document:1.2\"", "version=\"1.2\"",
                "<file original=\"story:42\" source-language=\"en\" target-language=\"de\"",
                "<source>Fish &amp; &lt;Chips&gt;</source>");
        var read = Xliff.read(xml);
        assertThat(read.sourceLanguage()).isEqualTo("en");
        assertThat(read.targetLanguage()).isEqualTo("de");
        assertThat(read.stories()).extracting(TranslationFile.StoryTexts::storyId).containsExactly(42L, 43L);
        assertThat(read.stories().get(0).units()).isEqualTo(FILE.stories().get(0).units());
        assertThat(read.stories().get(1).fullSlug()).isEqualTo("about");
    }

    @Test
    void a_unit_without_a_target_reads_as_null_so_it_is_skipped() {
        var read = Xliff.read("""
                <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
                  <file original="story:7" source-language="en" target-language="de" datatype="plaintext"><body>
                    <trans-unit id="root.title"><source>Hi</source></trans-unit>
                  </body></file></xliff>""");

        assertThat(read.stories().getFirst().units()).containsExactly(new TranslationFile.Unit("root.title", "Hi", null));
    }

    @Test
    void a_doctype_is_refused_so_no_entity_can_read_files_or_expand_without_end() {
        var xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE xliff [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <xliff version="1.2"><file original="story:1"><body>
                <trans-unit id="a"><source>&secret;</source></trans-unit></body></file></xliff>""";
        var bomb = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>
                <xliff version="1.2"/>""";

        assertThatThrownBy(() -> Xliff.read(xxe)).isInstanceOf(InvalidInput.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> Xliff.read(bomb)).isInstanceOf(InvalidInput.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void documents_that_are_not_xliff_1_2_from_an_export_are_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> Xliff.read("<xliff version=\"1.2\"><file>")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("malformed XLIFF");
        assertThatThrownBy(() -> Xliff.read("<html/>")).hasMessageContaining("expected xliff");
        assertThatThrownBy(() -> Xliff.read("<xliff version=\"2.0\"/>")).hasMessageContaining("must be 1.2");
        assertThatThrownBy(() -> Xliff.read("<xliff version=\"1.2\"/>")).hasMessageContaining("no <file>");
        assertThatThrownBy(() -> Xliff.read("<xliff version=\"1.2\"><file original=\"page:1\"/></xliff>"))
                .hasMessageContaining("story:<id>");
        assertThatThrownBy(() -> Xliff.read("<xliff version=\"1.2\"><file original=\"story:1\"><body>"
                + "<trans-unit><source>x</source></trans-unit></body></file></xliff>")).hasMessageContaining("trans-unit.id");
    }
}
