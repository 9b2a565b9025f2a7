package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison needs of each figure ({@link FigureRow}), as narrow columns of primitive arrays: a
 * row is an index. Per row: the document (a number into the document ids), offsets and the Lucene
 * document (ints), the period (a number into the periods met, {@link Periods}), the measure (a number into
 * the distinct value, interval, digits and qualifier tuples met, {@link Measures}: a corpus repeats few
 * values) and the sentence (a number shared by the rows whose sentence digests are equal, 0 for a digest
 * no other row has: all a comparison asks of it is which rows state the same sentence). 26 bytes a row, no
 * object per row. Rows are appended ({@link #add}), then {@link #select selected} in the order the table
 * keeps them (exact arrays, the sentence digests numbered then). Not thread-safe while appending;
 * read-only once selected.
 */
final class FigureColumns {
    private final Map<String, Integer> docIds;
    private final List<String> docNames;
    private final Periods periods;
    private final Measures measures;

    private int size;
    private int[] doc;
    private int[] start;
    private int[] end;
    private char[] period;
    private int[] measure;
    /** While appending: each row's sentence digest; null once selected. */
    private long[] digest;
    /** Once selected: each row's sentence number (0: no other row states it); null while appending. */
    private int[] sentence;
    private int[] indexDoc;
    /** The figures themselves, when the caller had them (a list compared in memory); else null. */
    private Figure[] figures;

    /** @param capacity the rows expected (the arrays grow past it) */
    FigureColumns(boolean keepFigures, int capacity) {
        this.docIds = new HashMap<>();
        this.docNames = new ArrayList<>();
        this.periods = new Periods();
        this.measures = new Measures();
        capacity = Math.max(16, capacity);
        doc = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        period = new char[capacity];
        measure = new int[capacity];
        digest = new long[capacity];
        indexDoc = new int[capacity];
        figures = keepFigures ? new Figure[capacity] : null;
    }

    private FigureColumns(List<String> docNames, Periods periods, Measures measures) {
        this.docIds = Map.of();
        this.docNames = docNames;
        this.periods = periods;
        this.measures = measures;
    }

    /** Appends a row of {@code f}; {@code indexDoc}: where the loader finds it, or -1. Returns the row. */
    int add(Figure f, int indexDoc) {
        if (size == doc.length) {
            grow(Math.max(16, size + (size >> 1)));
        }
        int r = size++;
        doc[r] = docIds.computeIfAbsent(f.docId(), id -> {
            docNames.add(id);
            return docNames.size() - 1;
        });
        start[r] = f.start();
        end[r] = f.end();
        period[r] = periods.id(f.year() == null ? FigureRow.NONE : f.year(), f.yearEnd() == null ? FigureRow.NONE : f.yearEnd());
        measure[r] = measures.id(f);
        digest[r] = FigureRow.sentenceDigest(f.sentence());
        this.indexDoc[r] = indexDoc;
        if (figures != null) {
            figures[r] = f;
        }
        return r;
    }

    int size() {
        return size;
    }

    /** The distinct measures numbered. */
    int measures() {
        return measures.size();
    }

    /** The document number of row {@code r} (the same number for the same document id). */
    int doc(int r) {
        return doc[r];
    }

    String docId(int r) {
        return docNames.get(doc[r]);
    }

    /** Whether row {@code r}'s period covers {@code y}. */
    boolean covers(int r, int y) {
        int p = period[r];
        if (periods.year(p) == FigureRow.NONE) {
            return false;
        }
        int e = periods.yearEnd(p) == FigureRow.NONE ? periods.year(p) : periods.yearEnd(p);
        return periods.year(p) <= y && y <= e;
    }

    /** Row {@code r} as a value (made when a group is compared, not kept); its sentence is a number (see {@link FigureRow}). */
    FigureRow row(int r) {
        int p = period[r];
        int m = measure[r];
        long s = sentence != null ? sentence[r] : digest[r];
        return new FigureRow(docId(r), start[r], end[r], periods.year(p), periods.yearEnd(p), measures.value(m),
                measures.qualifier(m), measures.low(m), measures.high(m), measures.point(m), measures.digits(m), s,
                figures == null ? null : figures[r], indexDoc[r], r);
    }

    /**
     * The rows {@code rows}, in that order, as new exact columns (sharing the dictionaries, which stop growing: the
     * selection is read-only), each sentence digest replaced by its number. The columns are copied one at a time
     * and these let go of each as it is copied: call once, and use only the selection afterwards.
     */
    FigureColumns select(int[] rows) {
        FigureColumns c = new FigureColumns(List.copyOf(docNames), periods, measures.trimmed());
        c.size = rows.length;
        c.doc = pick(doc, rows);
        doc = null;
        c.start = pick(start, rows);
        start = null;
        c.end = pick(end, rows);
        end = null;
        c.indexDoc = pick(indexDoc, rows);
        indexDoc = null;
        c.measure = pick(measure, rows);
        measure = null;
        char[] p = new char[rows.length];
        for (int i = 0; i < rows.length; i++) {
            p[i] = period[rows[i]];
        }
        c.period = p;
        period = null;
        c.sentence = sentenceNumbers(digest, rows);
        digest = null;
        if (figures != null) {
            Figure[] f = new Figure[rows.length];
            for (int i = 0; i < rows.length; i++) {
                f[i] = figures[rows[i]];
            }
            c.figures = f;
            figures = null;
        }
        return c;
    }

    private static int[] pick(int[] column, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }

    /**
     * Each selected row's sentence as a number: 0 for a digest of 0 (a sentence too short to tell) or one no
     * other selected row has (it can state nothing another figure states), else one number per digest, so rows
     * have equal numbers exactly when their digests are equal.
     */
    private static int[] sentenceNumbers(long[] digest, int[] rows) {
        long[] sorted = new long[rows.length];
        for (int i = 0; i < rows.length; i++) {
            sorted[i] = digest[rows[i]];
        }
        Arrays.sort(sorted);
        int repeated = 0; // the digests that occur twice or more, once each, in order
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1] && sorted[i] != 0 && (repeated == 0 || sorted[repeated - 1] != sorted[i])) {
                sorted[repeated++] = sorted[i];
            }
        }
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            int at = Arrays.binarySearch(sorted, 0, repeated, digest[rows[i]]);
            out[i] = at < 0 ? 0 : at + 1;
        }
        return out;
    }

    /** Bytes held by the columns, the dictionaries and the document ids (for the record of what the table costs). */
    long bytes() {
        long rows = doc.length * (4L * 5 + 2) + (sentence != null ? 4L * sentence.length : 8L * digest.length)
                + (figures == null ? 0 : figures.length * 4L);
        long ids = 0;
        for (String id : docNames) {
            ids += 24 + 16 + id.length() + 4; // String, its bytes (Latin-1), the list's slot
        }
        return rows + ids + periods.bytes() + measures.bytes();
    }

    private void grow(int capacity) {
        doc = Arrays.copyOf(doc, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        period = Arrays.copyOf(period, capacity);
        measure = Arrays.copyOf(measure, capacity);
        digest = Arrays.copyOf(digest, capacity);
        indexDoc = Arrays.copyOf(indexDoc, capacity);
        if (figures != null) {
            figures = Arrays.copyOf(figures, capacity);
        }
    }

    /** The periods met, (year, year end) each (either {@link FigureRow#NONE}), numbered in the order met. */
    static final class Periods {
        private final Map<Long, Character> ids = new HashMap<>();
        private int[] years = new int[16];
        private int[] ends = new int[16];

        char id(int year, int yearEnd) {
            long key = ((long) year << 32) | (yearEnd & 0xffffffffL);
            Character id = ids.get(key);
            if (id == null) {
                int n = ids.size();
                if (n > Character.MAX_VALUE) {
                    throw new IllegalStateException("more than " + (Character.MAX_VALUE + 1) + " periods to compare");
                }
                if (n == years.length) {
                    years = Arrays.copyOf(years, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                years[n] = year;
                ends[n] = yearEnd;
                id = (char) n;
                ids.put(key, id);
            }
            return id;
        }

        int year(int id) {
            return years[id];
        }

        int yearEnd(int id) {
            return ends[id];
        }

        long bytes() {
            return 8L * years.length + 64L * ids.size();
        }
    }
}
