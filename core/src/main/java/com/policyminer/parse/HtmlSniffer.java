package com.policyminer.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether the body of a text file (after its BOM and front matter) is an HTML document or
 * prose that merely quotes tags. It is HTML when it opens with a doctype, {@code <html}, {@code <head}
 * or {@code <body}, or when markup dominates it: at least half of its text (the characters outside
 * tags and outside scripts and styles, white space not counted) sits inside matched element pairs
 * ({@code <p>…</p>}). A report that
 * mentions {@code <script>} or {@code <p class="x">} in a sentence has a few unmatched tags and stays
 * text; a Jekyll post whose body is {@code <p>} paragraphs (seed 002: 87% covered) is HTML.
 * Measured on the first {@value #SAMPLE} characters.
 */
final class HtmlSniffer {

    static final int SAMPLE = 100_000;
    /** Share of the text inside matched elements from which the body is taken as HTML. */
    static final double MIN_COVERAGE = 0.5;
    private static final int MIN_PAIRS = 2;

    private static final Pattern DOCUMENT_START = Pattern.compile("(?i)<(!doctype\\s+html|html|head|body)[\\s>/]");
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\\s[^<>]*)?/?>", Pattern.DOTALL);

    /** Elements whose content a browser does not show: not counted as text either way. */
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("script", "style", "noscript", "template");
    /** Open elements a closing tag looks back through for its match (bounds the work on unclosed tags). */
    private static final int MAX_LOOKBACK = 64;

    private record Open(String name, int end) {
    }

    private HtmlSniffer() {
    }

    static boolean isHtmlDocument(String body) {
        int first = 0;
        while (first < body.length() && (Character.isWhitespace(body.charAt(first)) || body.charAt(first) == '\uFEFF')) {
            first++;
        }
        if (first == body.length() || body.indexOf('<', first) < 0) {
            return false;
        }
        String sample = body.substring(first, Math.min(body.length(), first + SAMPLE));
        if (DOCUMENT_START.matcher(sample).lookingAt()) {
            return true;
        }
        return coverage(sample) >= MIN_COVERAGE;
    }

    /** The share of the text characters (outside tags, not white space) that sit inside matched element pairs. */
    static double coverage(String s) {
        boolean[] inTag = new boolean[s.length()];
        List<int[]> covered = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int pairs = 0;
        Matcher m = TAG.matcher(s);
        int from = 0;
        while (nextTag(m, s, from)) {
            from = m.end();
            for (int i = m.start(); i < m.end(); i++) {
                inTag[i] = true;
            }
            if (m.group(2) == null) {
                continue; // a comment
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1).isEmpty()) {
                open.push(new Open(name, m.end()));
                continue;
            }
            int looked = 0;
            for (Open o : open) {
                if (++looked > MAX_LOOKBACK) {
                    break;
                }
                if (o.name().equals(name)) {
                    while (open.pop() != o) {
                        // unmatched elements inside the pair (<br>, <img>, an unclosed <p>) are dropped
                    }
                    covered.add(new int[]{o.end(), m.start(), HIDDEN.contains(name) ? 1 : 0});
                    pairs++;
                    break;
                }
            }
        }
        if (pairs < MIN_PAIRS) {
            return 0;
        }
        int[] depth = new int[s.length() + 1]; // +1 where a span starts, -1 where it ends: linear, however deep the nesting
        int[] hiddenDepth = new int[s.length() + 1];
        for (int[] span : covered) {
            int[] d = span[2] == 1 ? hiddenDepth : depth;
            d[span[0]]++;
            d[span[1]]--;
        }
        int text = 0;
        int in = 0;
        int d = 0;
        int hidden = 0;
        for (int i = 0; i < s.length(); i++) {
            d += depth[i];
            hidden += hiddenDepth[i];
            if (!inTag[i] && hidden == 0 && !Character.isWhitespace(s.charAt(i))) {
                text++;
                if (d > 0) {
                    in++;
                }
            }
        }
        return text == 0 ? 1 : (double) in / text;
    }

    /**
     * What {@code m.find()} from {@code from} finds, tried only where a {@code <} stands (every tag and comment
     * starts with one): the regex is not tried at each of a long report's characters.
     */
    private static boolean nextTag(Matcher m, String s, int from) {
        for (int at = s.indexOf('<', from); at >= 0; at = s.indexOf('<', at + 1)) {
            m.region(at, s.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }
}
