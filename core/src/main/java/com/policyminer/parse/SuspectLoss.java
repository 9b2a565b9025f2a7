package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Flags a parse whose text is much shorter than its file suggests, so that a loss is reported
 * instead of silently accepted. The finding is a sentence a person can read, stored in the
 * document's metadata under {@link ParsedDocument#SUSPECT_LOSS}; every reader that can tell (the
 * text and HTML checks here, a PDF reader for a page whose text layer yields nothing) adds its own
 * with {@link #add}, and the ingest report, the upload result, {@code extract} and the API show it.
 * <ul>
 * <li>text: the kept text has under {@value #MIN_KEPT_PERCENT}% of the decoded file's characters;</li>
 * <li>HTML: the kept text has under {@value #MIN_KEPT_OF_HTML_PERCENT}% of the characters outside tags,
 *     comments, scripts, styles and the head, which a faithful parse keeps all of (a tag the parser
 *     misread swallowed the rest: an unclosed {@code <script>} quoted in prose), or a large file
 *     ({@value #LARGE_HTML} characters or more) keeps under {@value #TINY_PER_MILLE}‰ of its size as
 *     text (a page whose text is written by scripts).</li>
 * </ul>
 * Characters are counted without white space.
 */
public final class SuspectLoss {

    static final int MIN_KEPT_PERCENT = 20;
    static final int MIN_KEPT_OF_HTML_PERCENT = 50;
    static final int LARGE_HTML = 100_000;
    static final int TINY_PER_MILLE = 5;
    /** Below this many characters of expected text, a short result is not suspicious. */
    private static final int MIN_EXPECTED = 200;

    /** Elements whose content is never text: skipped up to their closing tag, when there is one. */
    private static final java.util.List<String> HIDDEN = java.util.List.of("script", "style", "noscript", "template", "head");

    private SuspectLoss() {
    }

    /** A text file decoded to {@code source} kept only {@code text}. */
    static Optional<String> ofText(String source, String text) {
        if (text.length() >= source.length()) {
            return Optional.empty(); // all kept: nothing to count
        }
        int expected = visible(source);
        int kept = visible(text);
        if (expected >= MIN_EXPECTED && kept * 100L < expected * (long) MIN_KEPT_PERCENT) {
            return Optional.of(String.format(Locale.ROOT,
                    "kept %,d of the %,d characters of the text file (%s); text may have been lost",
                    kept, expected, percent(kept, expected)));
        }
        return Optional.empty();
    }

    /** An HTML source (decoded) gave {@code text}. */
    static Optional<String> ofHtml(String source, String text) {
        int kept = visible(text);
        int expected = visibleOutsideTags(source);
        if (expected >= MIN_EXPECTED && kept * 100L < expected * (long) MIN_KEPT_OF_HTML_PERCENT) {
            return Optional.of(String.format(Locale.ROOT,
                    "kept %,d of about %,d characters of text outside the HTML tags (%s); a misread tag may have swallowed the rest",
                    kept, expected, percent(kept, expected)));
        }
        if (source.length() >= LARGE_HTML && kept * 1000L < source.length() * (long) TINY_PER_MILLE) {
            return Optional.of(String.format(Locale.ROOT,
                    "the visible text is %,d characters, %s of a %,d-character HTML file; its text may be written by scripts",
                    kept, percent(kept, source.length()), source.length()));
        }
        return Optional.empty();
    }

    /** Adds a finding to a document's metadata, after any finding already there. */
    public static void add(Map<String, String> metadata, String reason) {
        metadata.merge(ParsedDocument.SUSPECT_LOSS, reason, (a, b) -> a + "; " + b);
    }

    private static String percent(int part, int whole) {
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }

    /**
     * Characters (not white space) of an HTML source outside tags, comments and hidden elements;
     * an entity counts as one. One pass: a hidden element without a closing tag hides nothing.
     */
    static int visibleOutsideTags(String s) {
        String lower = asciiLower(s);
        java.util.Set<String> unclosed = new java.util.HashSet<>();
        int n = 0;
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '<' && lower.startsWith("<!--", i)) {
                int end = lower.indexOf("-->", i + 4);
                i = end < 0 ? s.length() : end + 3;
            } else if (c == '<' && i + 1 < s.length() && isTagStart(s.charAt(i + 1))) {
                int end = tagEnd(s, i + 1);
                if (end < 0) {
                    n++; // a lone '<' is text
                    i++;
                    continue;
                }
                String hidden = hiddenElement(lower, i + 1);
                int close = hidden == null || unclosed.contains(hidden) ? -1 : lower.indexOf("</" + hidden, end);
                if (hidden != null && close < 0) {
                    unclosed.add(hidden); // none later either: remembered, so many unclosed tags stay linear
                }
                i = close < 0 ? end : Math.max(end, tagEnd(s, close + 1) < 0 ? s.length() : tagEnd(s, close + 1));
            } else if (c == '&') {
                int semi = i + 1;
                while (semi < s.length() && semi - i <= 10 && (Character.isLetterOrDigit(s.charAt(semi)) || s.charAt(semi) == '#')) {
                    semi++;
                }
                n++;
                i = semi < s.length() && s.charAt(semi) == ';' && semi > i + 1 ? semi + 1 : i + 1;
            } else {
                if (!Character.isWhitespace(c)) {
                    n++;
                }
                i++;
            }
        }
        return n;
    }

    private static boolean isTagStart(char c) {
        return c == '/' || c == '!' || c == '?' || c < 128 && Character.isLetter(c);
    }

    /** One past the '>' that ends the tag whose name starts at {@code from}, or -1 when another '<' or the end comes first. */
    private static int tagEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '>') {
                return k + 1;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    private static String hiddenElement(String lower, int nameStart) {
        for (String h : HIDDEN) {
            int after = nameStart + h.length();
            if (lower.startsWith(h, nameStart) && after < lower.length()
                    && (lower.charAt(after) == '>' || lower.charAt(after) == '/' || Character.isWhitespace(lower.charAt(after)))) {
                return h;
            }
        }
        return null;
    }

    private static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + 32);
            }
        }
        return new String(c);
    }

    private static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
