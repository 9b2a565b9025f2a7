package com.policyminer.extract.figures;

import com.policyminer.parse.TextLines;

import com.policyminer.model.Table;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences and paragraphs of a document's running text, for binding years and subjects.
 * Footnote lines ("¹ …") are taken out of the flow, and a long line that stops mid-sentence is
 * joined with the next one (a page break split it), so context survives page furniture.
 * {@link #flow()} has the same length as the text: masked characters become spaces.
 */
final class TextLayout {

    /** A sentence: offsets into the text, the index of its paragraph (footnotes: negative) and its own index. */
    record Sentence(int start, int end, int paragraph, int index) {
    }

    private static final String FOOTNOTE_MARKS = "¹²³⁴⁵⁶⁷⁸⁹⁰";
    private static final String LINE_END = "。！？；：:”」）)";
    private static final int MIN_SPLIT_LINE = 30;

    private final String text;
    private final String flow;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Sentence> footnotes = new ArrayList<>();

    TextLayout(String text, List<Table> tables) {
        this.text = text;
        char[] f = text.toCharArray();
        List<int[]> lines = TextLines.of(text);
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            if (isFootnote(text, l)) {
                blank(f, l[0], Math.min(l[1] + 1, f.length));
                footnotes.add(new Sentence(l[0], l[1], -1 - footnotes.size(), -1));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            int[] l = lines.get(i);
            // the line stripped of whitespace, by offsets: this runs for every line of every report
            int first = firstNonWhitespace(text, l[0], l[1]);
            int last = lastNonWhitespace(text, first, l[1]);
            if (last - first < MIN_SPLIT_LINE || isFootnote(text, l) || inTable(tables, l[0])
                    || LINE_END.indexOf(text.charAt(last - 1)) >= 0) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && (isBlank(text, lines.get(j)[0], lines.get(j)[1])
                    || isFootnote(text, lines.get(j)))) {
                j++;
            }
            if (j < lines.size() && !inTable(tables, lines.get(j)[0]) && !text.startsWith("表", lines.get(j)[0])) {
                blank(f, l[1], lines.get(j)[0]);
            }
        }
        this.flow = new String(f);
        split(f);
    }

    List<Sentence> footnotes() {
        return footnotes;
    }

    String flow() {
        return flow;
    }

    List<Sentence> sentences() {
        return sentences;
    }

    /** The document's text, as given. */
    String text() {
        return text;
    }

    /** The text a sentence is read from: the flow, or the raw text for a footnote. */
    String source(Sentence s) {
        return s.paragraph() < 0 ? text : flow;
    }

    /** The sentence holding {@code offset}, or null. */
    Sentence sentenceAt(int offset) {
        if (!footnotes.isEmpty() && offset < footnotes.get(footnotes.size() - 1).end()) {
            Sentence n = containing(footnotes, offset);
            if (n != null) {
                return n;
            }
        }
        return containing(sentences, offset);
    }

    /** Binary search in sentences sorted by start that do not overlap. */
    private static Sentence containing(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** The sentence before {@code s} in the same paragraph, or null. */
    Sentence previous(Sentence s) {
        if (s.paragraph() < 0) {
            return null;
        }
        int i = s.index();
        return i > 0 && sentences.get(i - 1).paragraph() == s.paragraph() ? sentences.get(i - 1) : null;
    }

    /** Splits the flow, given as its characters (read directly: this visits every one of them). */
    private void split(char[] flow) {
        int paragraph = 0;
        int a = 0;
        int n = flow.length;
        for (int k = 0; k <= n; k++) {
            char c = k < n ? flow[k] : 0;
            boolean newline = c == '\n';
            if (k == n || newline || isSentenceEnd(c)) {
                int end = newline || k == n ? k : k + 1;
                if (!isBlank(flow, a, end)) {
                    sentences.add(new Sentence(a, end, paragraph, sentences.size()));
                }
                if (newline) {
                    paragraph++;
                }
                a = end + (newline ? 1 : 0);
            }
        }
    }

    /**
     * A character that ends a sentence (。！？!?). Asked for every character of the text: a chain of
     * comparisons that are almost always false predicts well (a switch's search over the values does not).
     */
    private static boolean isSentenceEnd(char c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isBlank(char[] s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (!Character.isWhitespace(s[k])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isFootnote(String text, int[] line) {
        int first = firstNonWhitespace(text, line[0], line[1]);
        return first < line[1] && FOOTNOTE_MARKS.indexOf(text.charAt(first)) >= 0;
    }

    /** The first offset in [from, to) that is not whitespace (as String.strip sees it), or {@code to}. */
    private static int firstNonWhitespace(String s, int from, int to) {
        while (from < to && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    /** One past the last offset in [from, to) that is not whitespace, or {@code from}. */
    private static int lastNonWhitespace(String s, int from, int to) {
        while (to > from && Character.isWhitespace(s.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    private static boolean inTable(List<Table> tables, int offset) {
        for (Table t : tables) {
            if (offset >= t.start() && offset <= t.end()) {
                return true;
            }
        }
        return false;
    }

    private static void blank(char[] f, int from, int to) {
        for (int k = from; k < to; k++) {
            f[k] = ' ';
        }
    }

}
