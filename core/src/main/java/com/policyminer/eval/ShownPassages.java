package com.policyminer.eval;

import com.policyminer.search.SearchResult;

import java.util.List;

/**
 * Where the passages our search shows for a hit lie in the report's text, and whether one of the first
 * of them covers part of a gold passage (the sentence an analyst would cite).
 */
public final class ShownPassages {

    /** How many of a hit's passages count as "shown first". */
    public static final int FIRST = 2;

    /** A span of the report's text, end exclusive. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad span " + start + ".." + end);
            }
        }

        boolean overlaps(Span o) {
            return start < o.end && o.start < end;
        }
    }

    private ShownPassages() {
    }

    /**
     * The text a passage shows, as a span of the report's text: its HTML without the marks, unescaped and
     * without the ellipses that mark a cut, laid from the passage's start (white space the page trims away
     * at the start skipped).
     */
    public static Span span(SearchResult.Passage p, String body) {
        String shown = visibleText(p.html());
        int start = p.start();
        while (start < body.length() && Character.isWhitespace(body.charAt(start)) && !shown.isEmpty()
                && body.charAt(start) != shown.charAt(0)) {
            start++;
        }
        return new Span(start, Math.min(body.length(), start + shown.length()));
    }

    /** A passage's HTML as the text it shows: marks removed, entities unescaped, leading and trailing '…' dropped. */
    static String visibleText(String html) {
        String text = html.replace("<mark>", "").replace("</mark>", "")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
        if (text.startsWith("…")) {
            text = text.substring(1);
        }
        if (text.endsWith("…")) {
            text = text.substring(0, text.length() - 1);
        }
        return text;
    }

    /** True when one of the first {@link #FIRST} passages overlaps the gold span. */
    public static boolean goldAmongFirst(List<SearchResult.Passage> passages, String body, Span gold) {
        return passages.stream().limit(FIRST).anyMatch(p -> span(p, body).overlaps(gold));
    }
}
