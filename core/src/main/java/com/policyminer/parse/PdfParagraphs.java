package com.policyminer.parse;

import com.policyminer.model.Page;
import com.policyminer.model.TextBlock;
import com.policyminer.parse.PdfLines.Line;
import com.policyminer.parse.PdfPageLayout.Item;
import com.policyminer.parse.PdfPageLayout.TableBlock;
import com.policyminer.parse.PdfPageLayout.TextLine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns laid-out pages into the document's paragraphs, headings and tables, in reading order, and
 * records each page's span of the text and the boxes of its lines. Lines join into a paragraph
 * unless the layout says a paragraph ended: a short line, a first-line indent, a wider gap than the
 * line pitch, a change of size or weight. A paragraph (or a table) that runs on at the top of the
 * next page or column continues there; footnotes wait until the paragraph they interrupt ends.
 * Running headers, footers and page numbers ({@link PdfRunningText}) are left out.
 */
final class PdfParagraphs {

    private final StructuredTextBuilder out;
    private final Set<Line> running;
    private final float bodySize;
    private final float pitch;
    private final boolean boldBody;

    private final List<Piece> paragraph = new ArrayList<>();
    private final List<Piece> footnotes = new ArrayList<>();
    private final Map<Integer, int[]> spans = new HashMap<>(); // page number → {first start, last end}
    private final Map<Integer, List<Page.Box>> boxes = new HashMap<>();
    private String title;
    private float titleSize;
    /** The table being read, which may run on over the next page; null when none is. */
    private PdfTableRun table;
    private int lastBodyPage;

    /** A line on its way into a paragraph: the line, its page, its text after repair. */
    private record Piece(Line line, int page, String text, float pageRight, float pageLeft) {
    }

    private PdfParagraphs(StructuredTextBuilder out, Set<Line> running, float bodySize, float pitch, boolean boldBody) {
        this.out = out;
        this.running = running;
        this.bodySize = bodySize;
        this.pitch = pitch;
        this.boldBody = boldBody;
    }

    /** What the layout gave besides the text: the pages with their spans and boxes, and the title (largest type on page 1). */
    record Result(List<Page> pages, String title) {
    }

    static Result write(List<PdfPageLayout> pages, PdfRunningText.Result runningText, StructuredTextBuilder out) {
        float[] sizes = bodySizeAndPitch(pages, runningText.running());
        PdfParagraphs p = new PdfParagraphs(out, runningText.running(), sizes[0], sizes[1], sizes[2] > 0);
        for (PdfPageLayout page : pages) {
            p.page(page);
        }
        p.endParagraph();
        p.closeTable();
        List<Page> result = new ArrayList<>();
        int lastEnd = 0;
        for (PdfPageLayout page : pages) {
            int[] span = p.spans.get(page.number());
            int start = span == null ? lastEnd : Math.max(lastEnd, span[0]);
            int end = span == null ? start : Math.max(start, span[1]);
            lastEnd = end;
            result.add(new Page(page.number(), runningText.labels().get(page.number()), start, end, page.width(), page.height(),
                    p.boxes.getOrDefault(page.number(), List.of())));
        }
        return new Result(result, p.title);
    }

    private void page(PdfPageLayout page) {
        List<Line> lines = new ArrayList<>();
        for (Item i : page.items()) {
            if (i instanceof TextLine t && !running.contains(t.line())) {
                lines.add(t.line());
            }
        }
        float lastBodyBottom = 0;
        for (Line l : lines) {
            if (l.size() >= bodySize * 0.9f) {
                lastBodyBottom = Math.max(lastBodyBottom, l.bottom());
            }
        }
        for (Item item : page.items()) {
            if (item instanceof TableBlock t) {
                table(page, t);
                continue;
            }
            Line l = ((TextLine) item).line();
            if (running.contains(l)) {
                continue;
            }
            String text = repair(l.text());
            if (text.isEmpty()) {
                continue;
            }
            Piece piece = new Piece(l, page.number(), text, right(lines, l), left(lines, l));
            boolean footnote = l.size() < bodySize * 0.9f && l.top() > lastBodyBottom && l.top() > page.height() * 0.6f;
            if (footnote) {
                footnotes.add(piece);
                continue;
            }
            closeTable();
            if (!paragraph.isEmpty() && !continues(paragraph.get(paragraph.size() - 1), piece)) {
                endParagraph();
            }
            paragraph.add(piece);
            lastBodyPage = page.number();
        }
    }

    private static String repair(String line) {
        return TextRepair.trimBlock(TextRepair.removeSpacesBetweenCjk(TextRepair.collapseLetterSpacing(line.replace('\u00A0', ' '))));
    }

    private boolean heading(Line l) {
        return l.size() >= bodySize * 1.15f;
    }

    private boolean continues(Piece a, Piece b) {
        Line la = a.line();
        Line lb = b.line();
        boolean samePage = a.page() == b.page();
        if (Math.abs(la.size() - lb.size()) > 0.12f * Math.max(la.size(), lb.size()) || la.bold() != lb.bold()) {
            return false;
        }
        if (samePage && lb.sameRow(la) && lb.x0() >= la.x1()) {
            return true; // another piece of the same row (after a tab stop)
        }
        float step = lb.baseline() - la.baseline();
        float linePitch = pitch * la.size() / bodySize;
        if (heading(la)) {
            // a heading wraps: lines of one size close together, whatever their length
            return samePage && step > 0 && step <= linePitch * 1.35f;
        }
        if (!la.font().equals(lb.font()) && !(heading(la) || heading(lb))) {
            return false; // another typeface: a heading set in the body's size, a quotation
        }
        if (a.pageRight() - la.x1() > firstChunkWidth(b) + 0.5f * la.size() && !brokenMidSentence(a, b)) {
            return false; // the line ended short although the next line's first word would have fit: the paragraph ended
        }
        if (lb.x0() > b.pageLeft() + 1.2f * lb.size()) {
            return false; // first-line indent
        }
        if (samePage && step > 0 && lb.x0() > la.x0() + 3 * lb.size()) {
            return false; // a centred or right-aligned line under the paragraph (a signature, a date)
        }
        if (samePage) {
            if (step > 0) {
                return step <= linePitch * 1.35f;
            }
            return lb.x0() >= la.x1() - la.size(); // up to the top of the next column, to the right
        }
        return true; // runs on at the top of the next page
    }

    private void endParagraph() {
        flush(paragraph, null);
        if (!footnotes.isEmpty()) {
            List<Piece> notes = new ArrayList<>(footnotes);
            footnotes.clear();
            List<Piece> note = new ArrayList<>();
            for (Piece p : notes) {
                if (!note.isEmpty() && !continues(note.get(note.size() - 1), p)) {
                    flush(note, TextBlock.Kind.FOOTNOTE);
                }
                note.add(p);
            }
            flush(note, TextBlock.Kind.FOOTNOTE);
        }
    }

    /** Writes the pieces as one block: of the given kind, or (null) a heading or paragraph as its type says. */
    private void flush(List<Piece> pieces, TextBlock.Kind kind) {
        if (pieces.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        int[] starts = new int[pieces.size()];
        int[] ends = new int[pieces.size()];
        for (int i = 0; i < pieces.size(); i++) {
            String t = pieces.get(i).text();
            if (text.length() > 0) {
                Line prev = pieces.get(i - 1).line();
                Line cur = pieces.get(i).line();
                text.append(cur.sameRow(prev) && pieces.get(i - 1).page() == pieces.get(i).page() ? " "
                        : joiner(text.charAt(text.length() - 1), t.charAt(0), cur.spaceBefore()));
            }
            starts[i] = text.length();
            text.append(t);
            ends[i] = text.length();
        }
        Line first = pieces.get(0).line();
        boolean isHeading = heading(first) || first.bold() && !boldBody && text.length() <= 60 && pieces.size() <= 2;
        if (kind == null) {
            kind = isHeading ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH;
        }
        int at = out.addBlockAt(kind, text.toString());
        if (at >= 0) {
            for (int i = 0; i < pieces.size(); i++) {
                Piece p = pieces.get(i);
                Line l = p.line();
                mark(p.page(), at + starts[i], at + ends[i], l.x0(), l.top(), l.x1(), l.baseline() + 0.25f * l.size(),
                        kind != TextBlock.Kind.FOOTNOTE || p.page() == lastBodyPage);
            }
            if (pieces.get(0).page() == 1 && heading(first) && first.size() >= bodySize * 1.2f && first.size() > titleSize) {
                title = text.toString();
                titleSize = first.size();
            }
        }
        pieces.clear();
    }

    private void table(PdfPageLayout page, TableBlock t) {
        if (t.rows().isEmpty()) {
            return;
        }
        boolean runsOn = table != null && paragraph.isEmpty() && table.continuesWith(page, t);
        if (!runsOn) {
            endParagraph();
            closeTable();
            table = new PdfTableRun();
        }
        table.add(page, t, runsOn);
    }

    private void closeTable() {
        if (table != null) {
            table.write(out, (page, start, end, box) -> mark(page, start, end, box[0], box[1], box[2], box[3]));
            table = null;
        }
    }

    private void mark(int page, int start, int end, float x0, float top, float x1, float bottom) {
        mark(page, start, end, x0, top, x1, bottom, true);
    }

    /**
     * Records a box of the page, and (unless it is a footnote written after a paragraph that ran on
     * to the next page, which would make the pages overlap) widens the page's span of the text.
     */
    private void mark(int page, int start, int end, float x0, float top, float x1, float bottom, boolean span) {
        if (span) {
            int[] s = spans.computeIfAbsent(page, k -> new int[] {start, end});
            s[0] = Math.min(s[0], start);
            s[1] = Math.max(s[1], end);
        }
        if (end > start) {
            boxes.computeIfAbsent(page, k -> new ArrayList<>()).add(new Page.Box(start, end, x0, top, x1 - x0, bottom - top));
        }
    }

    /**
     * A line that ends short but mid-sentence, as a producer with hard line breaks writes: a long
     * line (at least 60% of its column) ending in a character or digit, and a next line that does
     * not start an item (（一）, 1., 一、, ①, 第…条).
     */
    private static boolean brokenMidSentence(Piece a, Piece b) {
        String ta = a.text();
        char last = ta.charAt(ta.length() - 1);
        if (!(Character.isLetterOrDigit(last) || last == '，' || last == '、') || ITEM_START.matcher(b.text()).lookingAt()) {
            return false;
        }
        float column = a.pageRight() - a.pageLeft();
        return a.line().width() >= 0.6f * column;
    }

    private static final java.util.regex.Pattern ITEM_START = java.util.regex.Pattern.compile(
            "[（(]?[一二三四五六七八九十\\d]+[）)、.．]|[①-⑳]|第[一二三四五六七八九十百\\d]+[章节条]|[•·▪■◆●-]");

    /**
     * About how wide the next line's first unbreakable piece is: a Chinese character, or a run of
     * Latin letters, digits and brackets ("[12]", "2020", "R&D"), with the punctuation that may not
     * start a line after it.
     */
    private static float firstChunkWidth(Piece b) {
        String t = b.text();
        int n = 0;
        if (n < t.length() && TextRepair.isCjk(t.charAt(0)) && !closing(t.charAt(0))) {
            n = 1;
        } else {
            while (n < t.length() && !TextRepair.isCjk(t.charAt(n)) && t.charAt(n) != ' ') {
                n++;
            }
        }
        while (n < t.length() && closing(t.charAt(n))) {
            n++;
        }
        float perChar = b.line().width() / Math.max(1, b.line().text().length());
        return Math.max(1, n) * perChar;
    }

    private static boolean closing(char c) {
        return "，。、；：！？）」』”’》〉】,.;:!?)%".indexOf(c) >= 0;
    }

    /**
     * What joins two lines of one paragraph: nothing where a Chinese character meets the break or a
     * number was broken over it (office suites break "279" as "2" | "79" in Chinese text), a space
     * between words or where the PDF drew one.
     */
    static String joiner(char before, char after, boolean spaceDrawn) {
        if (TextRepair.isCjk(before) || TextRepair.isCjk(after) || before == '-' || before == '/') {
            return "";
        }
        if (spaceDrawn) {
            return " ";
        }
        return Character.isDigit(before) && Character.isDigit(after) || before == '.' && Character.isDigit(after) ? "" : " ";
    }

    /** The right edge of the column the line is in: the furthest any line on the page starting about where it starts reaches. */
    private static float right(List<Line> lines, Line l) {
        float r = l.x1();
        for (Line o : lines) {
            if (Math.abs(o.x0() - l.x0()) <= 3 * l.size()) {
                r = Math.max(r, o.x1());
            }
        }
        return r;
    }

    /** The left edge of the line's column: the least any line on the page starting about where it starts starts. */
    private static float left(List<Line> lines, Line l) {
        float x = l.x0();
        for (Line o : lines) {
            if (Math.abs(o.x0() - l.x0()) <= 3 * l.size()) {
                x = Math.min(x, o.x0());
            }
        }
        return x;
    }

    /** The body's type size (most characters are set in it), its line pitch, and whether it is bold (1) or not (0). */
    private static float[] bodySizeAndPitch(List<PdfPageLayout> pages, Set<Line> running) {
        Map<Integer, Integer> sizeChars = new HashMap<>();
        Map<Integer, Integer> boldChars = new HashMap<>();
        for (PdfPageLayout p : pages) {
            for (Item i : p.items()) {
                if (i instanceof TextLine t && !running.contains(t.line())) {
                    int key = Math.round(t.line().size() * 2);
                    sizeChars.merge(key, t.line().text().length(), Integer::sum);
                    if (t.line().bold()) {
                        boldChars.merge(key, t.line().text().length(), Integer::sum);
                    }
                }
            }
        }
        int best = sizeChars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(24);
        float size = best / 2f;
        Map<Integer, Integer> pitches = new HashMap<>();
        for (PdfPageLayout p : pages) {
            Line prev = null;
            for (Item i : p.items()) {
                if (!(i instanceof TextLine t) || running.contains(t.line())) {
                    continue;
                }
                Line l = t.line();
                if (prev != null && Math.round(l.size() * 2) == best && Math.round(prev.size() * 2) == best) {
                    float d = l.baseline() - prev.baseline();
                    if (d > size * 0.8f && d < size * 3) {
                        pitches.merge(Math.round(d * 2), 1, Integer::sum);
                    }
                }
                prev = l;
            }
        }
        float pitch = pitches.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(size * 1.5f);
        int bold = boldChars.getOrDefault(best, 0) * 2 > sizeChars.getOrDefault(best, 1) ? 1 : 0;
        return new float[] {size, pitch, bold};
    }
}
