package com.policyminer.parse;

import com.policyminer.model.TableCell;
import com.policyminer.parse.PdfPageLayout.Cell;
import com.policyminer.parse.PdfPageLayout.TableBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One table as it runs over one or more pages, held until it ends and then written in one go: on a
 * new page, a repeated header row is dropped and a row the page break cut is joined again, so the
 * table has the rows its author wrote. Each cell keeps where each part of its text is drawn.
 */
final class PdfTableRun {

    private static final Pattern NUMBER_CELL = Pattern.compile("[\\s\\d.,，%+\\-–—()（）]*\\d[\\s\\d.,，%+\\-–—()（）]*");

    /** Receives where each part of a cell's text is drawn: page, text offsets, box (left, top, right, bottom). */
    interface Boxes {
        void mark(int page, int start, int end, float[] box);
    }

    private final List<List<PendingCell>> rows = new ArrayList<>();
    private List<String> header = List.of();
    private int columns = -1;
    private float lastBottom;
    private float lastPageHeight;

    /** A cell on its way out: its text and, per page it is drawn on, its box and share of the text. */
    private static final class PendingCell {
        final StringBuilder text = new StringBuilder();
        final List<Part> parts = new ArrayList<>();

        void add(String t, int page, float[] box, boolean spaceDrawn) {
            if (!t.isEmpty() && text.length() > 0) {
                text.append(PdfParagraphs.joiner(text.charAt(text.length() - 1), t.charAt(0), spaceDrawn));
            }
            parts.add(new Part(page, box, text.length(), text.length() + t.length()));
            text.append(t);
        }
    }

    /** Where part of a cell's text (offsets within the cell) is drawn. */
    private record Part(int page, float[] box, int start, int end) {
    }

    /** Whether the table at the top of this page goes on with this one: as many columns, near the top of the page. */
    boolean continuesWith(PdfPageLayout page, TableBlock t) {
        return !t.rows().isEmpty() && t.rows().get(0).size() == columns && t.top() < page.height() * 0.25f;
    }

    /** Adds a page's part of the table; {@code runsOn} when it continues the part before. */
    void add(PdfPageLayout page, TableBlock t, boolean runsOn) {
        if (columns < 0 && !t.rows().isEmpty()) {
            columns = t.rows().get(0).size();
        }
        int first = 0;
        if (runsOn && !rows.isEmpty() && texts(t.rows().get(0)).equals(header)) {
            first = 1; // the header row repeated at the top of the page
        } else if (runsOn && !rows.isEmpty() && rowSplit(rows.get(rows.size() - 1), t.rows().get(0))) {
            List<PendingCell> last = rows.get(rows.size() - 1);
            List<Cell> cont = t.rows().get(0);
            for (int j = 0; j < last.size() && j < cont.size(); j++) {
                last.get(j).add(cont.get(j).text(), page.number(), cont.get(j).box(), cont.get(j).spaceBefore());
            }
            first = 1;
        }
        for (int i = first; i < t.rows().size(); i++) {
            List<PendingCell> row = new ArrayList<>();
            for (Cell c : t.rows().get(i)) {
                PendingCell pc = new PendingCell();
                pc.add(c.text(), page.number(), c.box(), false);
                row.add(pc);
            }
            if (rows.isEmpty()) {
                header = texts(t.rows().get(i));
            }
            rows.add(row);
        }
        lastBottom = t.bottom();
        lastPageHeight = page.height();
    }

    private static List<String> texts(List<Cell> row) {
        return row.stream().map(Cell::text).toList();
    }

    /**
     * Whether a row was cut by the page break (office suites let a row break across pages): the
     * table ran to the foot of the page, and either the row goes on below only under cells that had
     * text while some filled cell has nothing below it, or a cell stops mid-sentence (a Chinese
     * character on both sides of the break) and no cell above was complete (a number, a sentence).
     */
    private boolean rowSplit(List<PendingCell> last, List<Cell> next) {
        if (lastBottom < lastPageHeight * 0.75f) {
            return false;
        }
        boolean cut = false;
        boolean complete = false;
        boolean emptiedBelow = false;
        boolean onlyUnderText = true;
        for (int j = 0; j < last.size() && j < next.size(); j++) {
            String a = last.get(j).text.toString();
            String b = next.get(j).text();
            if (a.isEmpty() && !b.isEmpty()) {
                onlyUnderText = false;
            }
            if (j > 0 && !a.isEmpty() && b.isEmpty()) {
                emptiedBelow = true;
            }
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            if (NUMBER_CELL.matcher(a).matches() || "。；！？.;!?".indexOf(a.charAt(a.length() - 1)) >= 0) {
                complete = true;
            }
            cut |= TextRepair.isCjk(a.charAt(a.length() - 1)) && TextRepair.isCjk(b.charAt(0));
        }
        return emptiedBelow && onlyUnderText || cut && !complete;
    }

    /** Writes the table to the builder and tells {@code boxes} where each cell's text is drawn. */
    void write(StructuredTextBuilder out, Boxes boxes) {
        if (rows.isEmpty()) {
            return;
        }
        out.startTable();
        for (List<PendingCell> row : rows) {
            out.startRow();
            for (PendingCell c : row) {
                out.addCell(c.text.toString());
            }
            out.endRow();
        }
        List<List<TableCell>> written = out.openTableRows();
        for (int i = 0; i < rows.size() && i < written.size(); i++) {
            List<PendingCell> row = rows.get(i);
            List<TableCell> cells = written.get(i);
            for (int j = 0; j < row.size() && j < cells.size(); j++) {
                TableCell cell = cells.get(j);
                for (Part part : row.get(j).parts) {
                    int start = Math.min(cell.end(), cell.start() + part.start());
                    int end = Math.min(cell.end(), cell.start() + part.end());
                    boxes.mark(part.page(), start, end, part.box());
                }
            }
        }
        out.endTable();
    }
}
