package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import com.policyminer.model.Mention;
import com.policyminer.model.RegionMention;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static com.policyminer.compare.ComparisonFixtures.figure;
import static com.policyminer.compare.ComparisonFixtures.percent;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random strings, odd values and empty inputs never break the comparison or the co-occurrence. */
class ComparisonRobustnessTest {

    private static final String ALPHABET = "西安市研发投入强度经费占比增速R&D（）% 。！？；\n\t技术合同成交额专利授权量北京省自治区";

    private static String random(Random r, int max) {
        StringBuilder s = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.append(ALPHABET.charAt(r.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void randomPhrasesResolveDeterministically() {
        Random r = new Random(42);
        IndicatorConcepts concepts = IndicatorConcepts.standard();
        String[] units = {"ratio", "CNY", "items", "pp", "rank", "", null, "furlongs"};
        String[] kinds = {"level", "share", "growth", "change", null, "bogus"};
        for (int i = 0; i < 2000; i++) {
            String phrase = random(r, 20);
            String unit = units[r.nextInt(units.length)];
            String kind = kinds[r.nextInt(kinds.length)];
            ResolvedIndicator a = concepts.resolve(phrase, unit, kind);
            assertNotNull(a);
            assertEquals(a, concepts.resolve(phrase, unit, kind));
            assertTrue(a.known() || a.conceptId().isEmpty());
        }
    }

    @Test
    void oddFiguresAreSkippedOrComparedWithoutFailing() {
        List<Figure> figures = new ArrayList<>();
        figures.add(figure("a", "北京", "研发强度", "0", "%", 0.01, "ratio", "level", "exact", 2020));
        figures.add(figure("b", "北京", "研发强度", "0", "%", 0.01, "ratio", "level", "exact", 2020));
        figures.add(figure("a", "上海", "研发强度", "-1.5", "%", 0.01, "ratio", "change", "exact", 2020));
        figures.add(figure("b", "上海", "研发强度", "-1.5", "%", 0.01, "ratio", "change", "exact", 2020));
        Figure nan = percent("c", "北京", "研发强度", "1", 2020);
        figures.add(new Figure("c", "x", 1, 2, "t", "x", Double.NaN, "%", Double.NaN, "ratio", null, null,
                Double.NaN, Double.NaN, 2020, null, null, null, "北京", null, -1, -1, "研发强度", null, 0, null, null, null));
        figures.add(nan);
        List<ComparisonGroup> groups = FigureComparator.standard().compare(figures);
        assertEquals(2, groups.size());
        assertEquals(Verdict.CONFLICT, groups.get(0).verdict(), "0% vs 1% for 北京");
        assertEquals(Verdict.AGREE, groups.get(1).verdict(), "-1.5 and -1.5");
        assertEquals(List.of(), FigureComparator.standard().compare(List.of()));
        assertEquals(List.of(), FigureComparator.standard().conflicts(List.of()));
    }

    @Test
    void randomDocumentsKeepCountsConsistent() {
        Random r = new Random(7);
        Cooccurrence co = Cooccurrence.standard();
        String[] names = {"西安", "兰州", "北京", "陕西省"};
        for (int round = 0; round < 50; round++) {
            String text = random(r, 300);
            List<Mention> mentions = new ArrayList<>();
            for (int i = 0; i < r.nextInt(10) && text.length() > 2; i++) {
                int start = r.nextInt(text.length() - 1);
                mentions.add(new RegionMention("d", text.substring(start, start + 1), start, start + 1, "t",
                        names[r.nextInt(names.length)], "city", "", List.of(), false));
            }
            List<DocumentMentions> docs = List.of(new DocumentMentions("d", "", text, mentions));
            CooccurrenceMatrix s = co.matrix(EntityType.REGION, EntityType.REGION, CooccurrenceLevel.SENTENCE, docs);
            CooccurrenceMatrix p = co.matrix(EntityType.REGION, EntityType.REGION, CooccurrenceLevel.PARAGRAPH, docs);
            for (var cell : s.cells()) {
                assertTrue(p.countOf(cell.a(), cell.b()) > 0, "a shared sentence is a shared paragraph");
            }
            for (String name : names) {
                Partners partners = co.partners(name, EntityType.REGION, docs);
                partners.partners().forEach(x -> assertTrue(x.paragraphs() > 0));
                partners.partners().forEach(x -> x.examples().forEach(e ->
                        assertEquals(e.text(), text.substring(e.start(), e.end()))));
            }
        }
    }

    @Test
    void textUnitsTileTheText() {
        Random r = new Random(3);
        for (int round = 0; round < 100; round++) {
            String text = random(r, 200);
            for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                TextUnits units = TextUnits.of(text, level);
                int expected = 0;
                for (int i = 0; i < units.size(); i++) {
                    assertEquals(expected, units.start(i));
                    assertTrue(units.end(i) > units.start(i));
                    expected = units.end(i);
                }
                assertEquals(text.length(), expected);
                for (int offset = 0; offset < text.length(); offset++) {
                    int u = units.unitOf(offset);
                    assertTrue(units.start(u) <= offset && offset < units.end(u));
                }
                assertEquals(-1, units.unitOf(text.length()));
                assertEquals(-1, units.unitOf(-1));
            }
        }
    }

    /** Each unit ends right after its first terminator (or at the text's end), and the one-pass pair equals each level's own. */
    @Test
    void textUnitsEndAfterEachTerminator() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            String text = random(r, 300);
            TextUnits[] pair = TextUnits.sentencesAndParagraphs(text);
            for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                String ends = level == CooccurrenceLevel.SENTENCE ? "。！？；\n" : "\n";
                TextUnits units = TextUnits.of(text, level);
                TextUnits paired = pair[level == CooccurrenceLevel.SENTENCE ? 0 : 1];
                assertEquals(units.size(), paired.size());
                int expectedUnits = 0;
                for (int i = 0; i < text.length(); i++) {
                    if (ends.indexOf(text.charAt(i)) >= 0) {
                        expectedUnits++;
                    }
                }
                if (!text.isEmpty() && ends.indexOf(text.charAt(text.length() - 1)) < 0) {
                    expectedUnits++;
                }
                assertEquals(expectedUnits, units.size(), text);
                for (int u = 0; u < units.size(); u++) {
                    assertEquals(units.start(u), paired.start(u));
                    assertEquals(units.end(u), paired.end(u));
                    for (int i = units.start(u); i < units.end(u) - 1; i++) {
                        assertTrue(ends.indexOf(text.charAt(i)) < 0, "a terminator inside unit " + u + " of " + text);
                    }
                    char last = text.charAt(units.end(u) - 1);
                    assertTrue(ends.indexOf(last) >= 0 || units.end(u) == text.length(), text);
                }
            }
        }
        assertEquals(0, TextUnits.of("", CooccurrenceLevel.SENTENCE).size());
    }
}
