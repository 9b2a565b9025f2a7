package com.policyminer.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formats the highlighter's passages as a list of {@link SearchResult.Passage}s (HTML: text escaped,
 * matches in {@code <mark>}; with the offset where the shown text begins). A long passage is cut to a window around its first match before any
 * markup is added, so a cut never splits a tag or an entity; repeated passages are dropped.
 *
 * <p>Order: the passage (a sentence) that marks the most chunks of the query first — the sentence where
 * the query's concepts come together, the one an analyst would cite — then sentences before headings
 * ({@link #isHeading}), then by the highlighter's score, then by position. A mark counts for a chunk when it is the chunk or one of its alternatives (or
 * one contains the other: a bigram match marks part of a word).
 */
final class PassageList extends PassageFormatter {

    static final int MAX_CHARS = 300;

    /** Per chunk, its text and alternatives, normalized. */
    private final List<List<String>> chunkForms;
    private final int keep;

    PassageList() {
        this(List.of(), Integer.MAX_VALUE);
    }

    PassageList(List<List<String>> chunkForms, int keep) {
        this.chunkForms = chunkForms.stream().map(forms -> forms.stream().map(PassageList::normalize).toList()).toList();
        this.keep = keep;
    }

    @Override
    public Object format(Passage[] passages, String content) {
        List<Passage> ordered = new ArrayList<>(List.of(passages));
        Map<Passage, Integer> chunks = new HashMap<>();
        ordered.forEach(p -> chunks.put(p, chunksMarked(p, content)));
        // the highlighter hands them over by position: best first instead
        ordered.sort(Comparator.comparingInt((Passage p) -> -chunks.get(p))
                .thenComparing(p -> isHeading(p, content))
                .thenComparing(p -> -p.getScore())
                .thenComparingInt(Passage::getStartOffset));
        List<SearchResult.Passage> out = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Passage p : ordered) {
            int start = shownStart(p);
            String html = format(p, content, start);
            if (!html.isBlank() && !seen.contains(html) && out.size() < keep) {
                seen.add(html);
                out.add(new SearchResult.Passage(html, start, null, null));
            }
        }
        return out.toArray(new SearchResult.Passage[0]);
    }

    /** A heading is at most this long. */
    static final int MAX_HEADING = 60;

    /**
     * A title or heading line rather than a sentence: short, and no sentence ends in it (2026年江苏省政府工作报告,
     * （三）加快建设科技强省). It names the topic; the sentence an analyst cites says something about it, so
     * among passages with as many of the query's chunks a sentence comes first (BM25 favours a heading:
     * it is short, and near the top).
     */
    static boolean isHeading(Passage p, String content) {
        int from = p.getStartOffset();
        int to = Math.min(content.length(), p.getEndOffset());
        int length = 0;
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '!' || c == '?' || c == ';') {
                return false;
            }
            if (!Character.isWhitespace(c) && c != '\u3000') {
                length++;
            }
        }
        return length <= MAX_HEADING;
    }

    /** How many distinct chunks the passage's marks stand for (0 for a query of one chunk: nothing to compare). */
    int chunksMarked(Passage p, String content) {
        if (chunkForms.size() < 2) {
            return 0;
        }
        boolean[] seen = new boolean[chunkForms.size()];
        int n = 0;
        for (int i = 0; i < p.getNumMatches(); i++) {
            String mark = compact(content, p.getMatchStarts()[i], Math.min(content.length(), p.getMatchEnds()[i]));
            if (mark.isEmpty()) {
                continue;
            }
            for (int c = 0; c < seen.length; c++) {
                if (!seen[c] && chunkForms.get(c).stream().anyMatch(f -> !f.isEmpty() && (f.contains(mark) || mark.contains(f)))) {
                    seen[c] = true;
                    n++;
                }
            }
        }
        return n;
    }

    /** The marked text without white space, lower case (the forms are NFKC-folded; a mark rarely needs it). */
    private static String compact(String content, int from, int to) {
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            if (!Character.isWhitespace(c) && c != '\u3000') {
                b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    private static String normalize(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[\\s\u3000\"]+", "");
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
