package com.policyminer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.List;

/**
 * Formats the highlighter's passages as a list of {@link SearchResult.Passage}s (HTML: text escaped,
 * matches in {@code <mark>}; with the offset where the shown text begins). A long passage is cut to a window around its first match before any
 * markup is added, so a cut never splits a tag or an entity; repeated passages are dropped.
 */
final class PassageList extends PassageFormatter {

    static final int MAX_CHARS = 300;

    @Override
    public Object format(Passage[] passages, String content) {
        List<SearchResult.Passage> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Passage p : passages) {
            int start = shownStart(p);
            String html = format(p, content, start);
            if (!html.isBlank() && !seen.contains(html)) {
                seen.add(html);
                out.add(new SearchResult.Passage(html, start, null, null));
            }
        }
        return out.toArray(new SearchResult.Passage[0]);
    }

    /** Where the text shown of a passage begins: its start, or a window's around its first match when it is long. */
    private static int shownStart(Passage p) {
        int start = p.getStartOffset();
        if (p.getEndOffset() - start > MAX_CHARS) {
            int first = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
            start = Math.max(start, first - MAX_CHARS / 3);
        }
        return start;
    }

    private static String format(Passage p, String content, int start) {
        int end = Math.min(p.getEndOffset(), start + MAX_CHARS);
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
