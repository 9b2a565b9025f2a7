package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a comparison needs of each figure ({@link FigureRow}), as columns of primitive arrays: a row is
 * an index. Document ids and qualifiers are numbers into dictionaries; offsets, years, the Lucene
 * document an int each, the value and its interval doubles, the sentence a 64-bit digest. 60 bytes a
 * row, no object per row. Rows are appended ({@link #add}), then {@link #select selected} in the order
 * the table keeps them (exact arrays). Not thread-safe while appending; read-only once selected.
 */
final class FigureColumns {
    private final Map<String, Integer> docIds;
    private final List<String> docNames;
    private final Map<String, Integer> qualifierIds;
    private final List<String> qualifierNames;

    private int size;
    private int[] doc;
    private int[] start;
    private int[] end;
    private int[] year;
    private int[] yearEnd;
    private double[] value;
    private short[] qualifier;
    private double[] low;
    private double[] high;
    /** Significant digits plus one, negative for a point value. */
    private short[] digits;
    private long[] sentence;
    private int[] indexDoc;
    /** The figures themselves, when the caller had them (a list compared in memory); else null. */
    private Figure[] figures;

    FigureColumns(boolean keepFigures) {
        this(new HashMap<>(), new ArrayList<>(), new HashMap<>(), new ArrayList<>(), 64, keepFigures);
    }

    private FigureColumns(Map<String, Integer> docIds, List<String> docNames, Map<String, Integer> qualifierIds,
                          List<String> qualifierNames, int capacity, boolean keepFigures) {
        this.docIds = docIds;
        this.docNames = docNames;
        this.qualifierIds = qualifierIds;
        this.qualifierNames = qualifierNames;
        doc = new int[capacity];
        start = new int[capacity];
        end = new int[capacity];
        year = new int[capacity];
        yearEnd = new int[capacity];
        value = new double[capacity];
        qualifier = new short[capacity];
        low = new double[capacity];
        high = new double[capacity];
        digits = new short[capacity];
        sentence = new long[capacity];
        indexDoc = new int[capacity];
        figures = keepFigures ? new Figure[capacity] : null;
    }

    /** Appends a row of {@code f}; {@code indexDoc}: where the loader finds it, or -1. Returns the row. */
    int add(Figure f, int indexDoc) {
        if (size == doc.length) {
            grow(Math.max(64, size * 3 / 2));
        }
        ValueInterval v = ValueInterval.of(f);
        int r = size++;
        doc[r] = docIds.computeIfAbsent(f.docId(), id -> {
            docNames.add(id);
            return docNames.size() - 1;
        });
        start[r] = f.start();
        end[r] = f.end();
        year[r] = f.year() == null ? FigureRow.NONE : f.year();
        yearEnd[r] = f.yearEnd() == null ? FigureRow.NONE : f.yearEnd();
        value[r] = f.normalizedValue();
        qualifier[r] = qualifierId(f.qualifier());
        low[r] = v.low();
        high[r] = v.high();
        int d = Math.min(Math.max(v.significantDigits(), 0), Short.MAX_VALUE - 1) + 1; // never 0, so its sign tells a point
        digits[r] = (short) (v.point() ? -d : d);
        sentence[r] = FigureRow.sentenceDigest(f.sentence());
        this.indexDoc[r] = indexDoc;
        if (figures != null) {
            figures[r] = f;
        }
        return r;
    }

    private short qualifierId(String q) {
        if (q == null) {
            return -1;
        }
        Integer id = qualifierIds.get(q);
        if (id == null) {
            if (qualifierNames.size() >= Short.MAX_VALUE) {
                throw new IllegalStateException("more than " + Short.MAX_VALUE + " qualifiers");
            }
            id = qualifierNames.size();
            qualifierIds.put(q, id);
            qualifierNames.add(q);
        }
        return (short) (int) id;
    }

    int size() {
        return size;
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
        if (year[r] == FigureRow.NONE) {
            return false;
        }
        int e = yearEnd[r] == FigureRow.NONE ? year[r] : yearEnd[r];
        return year[r] <= y && y <= e;
    }

    /** Row {@code r} as a value (made when a group is compared, not kept). */
    FigureRow row(int r) {
        short q = qualifier[r];
        return new FigureRow(docId(r), start[r], end[r], year[r], yearEnd[r], value[r], q < 0 ? null : qualifierNames.get(q),
                low[r], high[r], digits[r] < 0, Math.abs(digits[r]) - 1, sentence[r], figures == null ? null : figures[r], indexDoc[r]);
    }

    /**
     * The rows {@code rows}, in that order, as new exact columns (sharing the dictionaries, which stop
     * growing: the selection is read-only).
     */
    FigureColumns select(int[] rows) {
        FigureColumns c = new FigureColumns(Map.of(), List.copyOf(docNames), Map.of(), List.copyOf(qualifierNames),
                rows.length, figures != null);
        for (int i = 0; i < rows.length; i++) {
            int r = rows[i];
            c.doc[i] = doc[r];
            c.start[i] = start[r];
            c.end[i] = end[r];
            c.year[i] = year[r];
            c.yearEnd[i] = yearEnd[r];
            c.value[i] = value[r];
            c.qualifier[i] = qualifier[r];
            c.low[i] = low[r];
            c.high[i] = high[r];
            c.digits[i] = digits[r];
            c.sentence[i] = sentence[r];
            c.indexDoc[i] = indexDoc[r];
            if (figures != null) {
                c.figures[i] = figures[r];
            }
        }
        c.size = rows.length;
        return c;
    }

    /** Bytes held by the columns and the document ids (for the record of what the table costs). */
    long bytes() {
        long rows = doc.length * (4L * 6 + 8 * 4 + 2 * 2) + (figures == null ? 0 : figures.length * 4L);
        long ids = 0;
        for (String id : docNames) {
            ids += 24 + 16 + id.length() + 4; // String, its bytes (Latin-1), the list's slot
        }
        return rows + ids;
    }

    private void grow(int capacity) {
        doc = Arrays.copyOf(doc, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        year = Arrays.copyOf(year, capacity);
        yearEnd = Arrays.copyOf(yearEnd, capacity);
        value = Arrays.copyOf(value, capacity);
        qualifier = Arrays.copyOf(qualifier, capacity);
        low = Arrays.copyOf(low, capacity);
        high = Arrays.copyOf(high, capacity);
        digits = Arrays.copyOf(digits, capacity);
        sentence = Arrays.copyOf(sentence, capacity);
        indexDoc = Arrays.copyOf(indexDoc, capacity);
        if (figures != null) {
            figures = Arrays.copyOf(figures, capacity);
        }
    }
}
