package com.policyminer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats the highlighter's passages as a list (one HTML string per passage): text HTML-escaped,
 * matches in {@code <mark>}. A long passage is cut to a window around its first match before any
 * markup is added, so a cut never splits a tag or an entity; repeated passages are dropped.
 */
final class PassageList extends PassageFormatter {

    static final int MAX_CHARS = 300;

    @Override
    public Object format(Passage[] passages, String content) {
        List<String> out = new ArrayList<>();
        for (Passage p : passages) {
            String html = format(p, content);
            if (!html.isBlank() && !out.contains(html)) {
                out.add(html);
            }
        }
        return out.toArray(new String[0]);
    }

    private static String format(Passage p, String content) {
        int start = p.getStartOffset();
        int end = p.getEndOffset();
        if (end - start > MAX_CHARS) {
            int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            start = Math.max(start, first - MAX_CHARS / 3);
            end = Math.min(end, start + MAX_CHARS);
        }
        StringBuilder b = new StringBuilder();
        if (start > p.getStartOffset()) {
            b.append('…');
        }
        int pos = start;
        for (int i = 0; i < p.getNumMatches(); i++) {
            int ms = Math.max(p.getMatchStarts()[i], pos);
            int me = Math.min(p.getMatchEnds()[i], end);
            if (ms >= me) {
                continue;
            }
            escape(b, content, pos, ms);
            b.append("<mark>");
            escape(b, content, ms, me);
            b.append("</mark>");
            pos = me;
        }
        escape(b, content, pos, end);
        if (end < p.getEndOffset()) {
            b.append('…');
        }
        return b.toString().strip().replace("</mark><mark>", "");
    }

    private static void escape(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                case '\n', '\r', '\t' -> b.append(' ');
                default -> b.append(c);
            }
        }
    }
}
