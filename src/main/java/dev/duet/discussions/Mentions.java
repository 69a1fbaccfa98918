package dev.duet.discussions;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Finds the {@code @name@example.com} tokens in a comment's text, so people can mention a colleague by typing. */
final class Mentions {

    // an @ at the start or after a space or opening bracket, then an email; trailing sentence punctuation is not part of it
    private static final Pattern TOKEN = Pattern.compile("(?:^|[\\s(\\[{\"'])@([^@\\s]+@[^@\\s]+\\.[^@\\s]+)");

    private Mentions() {
    }

    /** The emails mentioned in {@code text}, lower-cased, in order of first appearance. */
    static Set<String> emails(String text) {
        var found = new LinkedHashSet<String>();
        var matcher = TOKEN.matcher(text);
        while (matcher.find()) found.add(trimPunctuation(matcher.group(1)).toLowerCase(Locale.ROOT));
        return found;
    }

    private static String trimPunctuation(String email) {
        int end = email.length();
        while (end > 0 && ".,;:!?)]}\"'".indexOf(email.charAt(end - 1)) >= 0) end--;
        return email.substring(0, end);
    }
}
