package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A corpus table ({@link FigureComparator#keyedTable}: narrow columns, measures and periods numbered, sentences as
 * numbers) answers as the figures compared in memory: random figures with repeated values, qualifiers, periods,
 * reposted sentences between works, one work's files, and a column hint too small (the columns grow).
 */
class NarrowTableTest {

    private static final FigureComparator COMPARATOR = FigureComparator.standard();
    private static final String[] PLACES = {"西安", "北京", "上海"};
    private static final String[] QUALIFIERS = {"exact", "exact", "exact", "approx", "more-than", "less-than", "at-least", "at-most"};

    private static List<Figure> figures(long seed, int n) {
        Random r = new Random(seed);
        List<Figure> out = new ArrayList<>();
        String[] sentences = new String[12];
        for (int i = 0; i < sentences.length; i++) {
            sentences[i] = "据统计，这一段落被多份报告转载，编号" + i + "，数值如下。";
        }
        for (int i = 0; i < n; i++) {
            String doc = "d" + r.nextInt(40);
            String place = PLACES[r.nextInt(PLACES.length)];
            Integer year = r.nextInt(5) == 0 ? null : 2018 + r.nextInt(4);
            String number = switch (r.nextInt(4)) {
                case 0 -> String.valueOf(5 + r.nextInt(3));
                case 1 -> (5 + r.nextInt(3)) + "." + r.nextInt(10);
                case 2 -> (5 + r.nextInt(3)) + "." + r.nextInt(10) + r.nextInt(10);
                default -> "6.0";
            };
            Figure f = r.nextBoolean() ? ComparisonFixtures.percent(doc, place, "研发投入强度", number, year)
                    : ComparisonFixtures.yi(doc, place, "地区生产总值", number, year);
            f = ComparisonFixtures.withQualifier(f, QUALIFIERS[r.nextInt(QUALIFIERS.length)]);
            if (year != null && r.nextInt(6) == 0) {
                f = ComparisonFixtures.withYears(f, year - 3, year);
            }
            int at = 100 + 40 * i; // one figure per offset in its document
            String sentence = r.nextInt(3) == 0 ? sentences[r.nextInt(sentences.length)] : r.nextInt(8) == 0 ? "短句" : f.sentence();
            out.add(new Figure(f.docId(), f.surface(), at, at + f.surface().length(), f.rule(), f.numberText(), f.value(),
                    f.unit(), f.normalizedValue(), f.normalizedUnit(), f.kind(), f.qualifier(), f.low(), f.high(), f.year(),
                    f.yearEnd(), f.period(), f.yearSource(), f.subject(), f.subjectType(), f.subjectStart(), f.subjectEnd(),
                    f.indicator(), sentence, f.sentenceStart(), f.source(), f.page(), f.pageLabel(), f.ocrConfidence()));
        }
        return out;
    }

    private static KeyedFigures table(List<Figure> figures, int hint) {
        Map<String, Figure> byPlace = new HashMap<>();
        figures.forEach(f -> byPlace.put(f.docId() + "@" + f.start(), f));
        FigureComparator.KeyedTable t = COMPARATOR.keyedTable((docId, start, end, doc) -> {
            Figure f = figures.get(doc);
            assertEquals(f, byPlace.get(docId + "@" + start));
            return f;
        }, hint);
        for (int i = 0; i < figures.size(); i++) {
            t.add(figures.get(i), i);
        }
        return t.build();
    }

    @Test
    void comparisonsAndConflictsAreThoseOfTheFiguresInMemory() {
        for (long seed = 1; seed <= 30; seed++) {
            List<Figure> figures = figures(seed, 300);
            KeyedFigures table = table(figures, (int) (seed % 3) * 50);
            Function<String, String> works = id -> "w" + Integer.parseInt(id.substring(1)) % 25; // some works of two files
            for (Function<String, String> sourceOf : List.of(Function.<String>identity(), works)) {
                assertEquals(COMPARATOR.compare(figures, CompareFilter.ALL, sourceOf),
                        COMPARATOR.compare(table, CompareFilter.ALL, sourceOf).stream().map(ComparisonGroup::read).toList(),
                        "seed " + seed);
                assertEquals(COMPARATOR.conflicts(figures, CompareFilter.ALL, sourceOf),
                        COMPARATOR.conflicts(table, CompareFilter.ALL, sourceOf), "seed " + seed);
                CompareFilter y = CompareFilter.parse("西安", "", "2020");
                assertEquals(COMPARATOR.compare(figures, y, sourceOf),
                        COMPARATOR.compare(table, y, sourceOf).stream().map(ComparisonGroup::read).toList(), "seed " + seed);
            }
        }
    }

    @Test
    void repostsAreFoundByTheSentenceNumbers() {
        List<Figure> figures = figures(7, 300);
        Function<String, String> own = Function.identity();
        List<ComparisonGroup> groups = COMPARATOR.compare(table(figures, 0), CompareFilter.ALL, own);
        assertTrue(groups.stream().anyMatch(g -> !g.republished().isEmpty()), "the random corpus reposts passages");
        assertEquals(COMPARATOR.compare(figures, CompareFilter.ALL, own), groups.stream().map(ComparisonGroup::read).toList());
    }

    @Test
    void measuresAreKeptOnceEachAndRowsStayNarrow() {
        List<Figure> figures = figures(3, 2_000);
        KeyedFigures table = table(figures, figures.size());
        assertFalse(table.keys() == 0);
        long distinct = figures.stream().map(f -> {
            ValueInterval v = ValueInterval.of(f);
            return List.of(f.normalizedValue(), v.low(), v.high(), v.point(), v.significantDigits(), f.qualifier());
        }).distinct().count();
        assertEquals(distinct, table.measures(), "each measure once");
        assertTrue(table.measures() < figures.size() / 2, table.measures() + " measures for " + figures.size() + " figures");
        long ids = 40L * (24 + 16 + 3 + 4);
        assertTrue(table.bytes() <= 26L * table.kept() + 4L * (table.keys() + 1) + ids + 27L * 2 * table.measures() + 8_192,
                table.bytes() + " bytes for " + table.kept() + " rows");
    }
}
