package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.compare.ComparisonFixtures.percent;
import static com.policyminer.compare.ComparisonFixtures.yi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ComparisonTablesTest {

    static final List<Figure> FIGURES = List.of(
            percent("000", "北京", "研发投入强度", "6.44", 2020),
            percent("001", "北京", "研发强度", "6.83", 2022),
            percent("000", "西安市", "R&D经费投入强度", "5.05", 2020),
            percent("004", "西安市", "全社会研发经费投入", "5.05", 2021),
            yi("000", "兰州", "R&D经费内部支出", "61.21", 2020),
            yi("003", "兰州", "R&D经费内部支出", "60", 2020));

    private final FigureComparator comparator = FigureComparator.standard();

    @Test
    void comparisonPrintsEveryGroupFigureAndPair() {
        List<ComparisonGroup> groups = comparator.compare(FIGURES);
        String text = ComparisonTables.formatComparison(groups);
        assertTrue(text.startsWith("1. 兰州 · R&D经费内部支出  [rd_expenditure, CNY]  conflict  (2 documents; 1 conflict)\n"), text);
        assertTrue(text.contains("2. 西安 · 研发投入强度  [rd_intensity, ratio]  same-value-different-year"), text);
        assertTrue(text.contains("3. 北京 · 研发投入强度  [rd_intensity, ratio]  timeline"), text);
        for (ComparisonGroup g : groups) {
            for (Figure f : g.figures()) {
                assertTrue(text.contains(f.surface()) && text.contains(f.docId() + " @" + f.start()), f.toString());
            }
        }
        assertTrue(text.contains("61.21亿 CNY"), "normalized value in readable units");
        // Δ says what it is: a relative change, and for a percentage also percentage points
        assertTrue(text.contains("#1 vs #2: conflict (Δ 2% relative)"), text);
        assertTrue(text.contains("#1 vs #2: timeline (Δ 5.7% relative, 0.39 pp)"), text);
    }

    @Test
    void conflictsPrintSeverityReasonAndEvidence() {
        String text = ComparisonTables.formatConflicts(comparator.conflicts(FIGURES));
        assertTrue(text.startsWith("1. [0.300] same-value-different-year  西安 · 研发投入强度  [rd_intensity, ratio]"
                + "  2020 / 2021  Δ 0% relative, 0 pp  2 documents\n"), text);
        assertTrue(text.contains("   西安 研发投入强度: 5.05% given for both 2020 and 2021: possibly mis-dated\n"), text);
        assertTrue(text.contains("2. [0.099] conflict  兰州 · R&D经费内部支出"), text);
    }

    @Test
    void documentsAreNamedNotShownAsIds() {
        java.util.function.Function<String, String> names = id -> "报告" + id + ".txt";
        String conflicts = ComparisonTables.formatConflicts(comparator.conflicts(FIGURES), names);
        String compare = ComparisonTables.formatComparison(comparator.compare(FIGURES), names);
        for (Figure f : FIGURES) {
            assertTrue(conflicts.contains("报告" + f.docId() + ".txt") || !conflicts.contains(f.surface()), conflicts);
            assertTrue(compare.contains("报告" + f.docId() + ".txt @" + f.start()), compare);
        }
        assertTrue(conflicts.contains("(报告000.txt)") && conflicts.contains("(报告003.txt)"), "the reason names them too: " + conflicts);
    }

    @Test
    void columnsLineUpWithChineseText() {
        String table = new TextTable("a", "b").row("西安", "x").row("ab", "y").render("");
        assertEquals("a     b\n西安  x\nab    y\n", table);
        assertEquals("西安…", TextTable.clip("西安研发投入强度", 6));
        assertEquals("abc", TextTable.clip("a\n b\tc", 10).replace(" ", ""));
    }

    @Test
    void emptyResultsSaySo() {
        assertEquals("No figures to compare: no subject and indicator is reported by two documents.\n",
                ComparisonTables.formatComparison(List.of()));
        assertEquals("No conflicts or suspected mis-datings.\n", ComparisonTables.formatConflicts(List.of()));
    }

    @Test
    void cooccurrenceViews() {
        List<DocumentMentions> docs = List.of(CooccurrenceFixtures.first(), CooccurrenceFixtures.second());
        Cooccurrence c = Cooccurrence.standard();
        String matrix = ComparisonTables.formatMatrix(c.matrix(EntityType.REGION, EntityType.REGION,
                CooccurrenceLevel.SENTENCE, docs));
        assertEquals("1 pairs in 2 documents\nregion  region  sentences  documents\n兰州    西安    3          2\n", matrix);
        String partners = ComparisonTables.formatPartners(c.partners("西安", EntityType.REGION, docs));
        assertTrue(partners.startsWith("西安 (region): 4 sentences, 3 paragraphs, 2 documents\n"), partners);
        assertTrue(partners.contains("d1 0..14 西安与兰州共建科技创新中心。"), partners);
        assertEquals("No document mentions region 拉萨.\n",
                ComparisonTables.formatPartners(c.partners("拉萨", EntityType.REGION, docs)));
    }

    @Test
    void longPairListsAreCounted() {
        List<Figure> many = new java.util.ArrayList<>();
        for (int i = 0; i < 30; i++) {
            many.add(percent("doc" + i, "北京", "研发强度", "6.44", 2020));
        }
        String text = ComparisonTables.formatComparison(comparator.compare(many));
        assertEquals(ComparisonTables.MAX_PAIR_LINES, text.lines().filter(l -> l.contains(" vs #")).count());
        assertTrue(text.contains("… 415 more pairs"), text);
    }
}
