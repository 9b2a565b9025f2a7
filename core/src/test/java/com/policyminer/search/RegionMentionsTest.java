package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.EntityType;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A region's page: the reports of its first 2,000 mentions in path order with their counts, the policies near them
 * (issue 21: read without the texts, in passes whose searches do not grow with the reports read, and kept per
 * index version for the regions asked for lately).
 */
class RegionMentionsTest {

    /** Reports that name 西安 {@link #PER_REPORT} times each: more than the 2,000 counted, over more than one page of reports. */
    private static final int REPORTS = 70;
    private static final int PER_REPORT = 30;
    private static final String NEAR = "科技创新促进条例";
    private static final String FAR = "数字经济发展规划";

    @TempDir
    static Path dir;
    private static LuceneIndex index;
    private static DocumentPipeline pipeline;
    private static TikaDocumentParser parser;

    @BeforeAll
    static void indexReports() throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        parser = new TikaDocumentParser();
        pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        index = new LuceneIndex(dir, new Analyzers(hanlp));
        for (int i = REPORTS - 1; i >= 0; i--) { // indexed backwards: the pass orders them by path, not by index order
            upsert(String.format("r%03d.txt", i), report(i));
        }
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    /** 西安 30 times (each report its own text, so its own id), 《NEAR》 right after its first mention, 《FAR》 more than 300 characters after its last. */
    private static String report(int number) {
        StringBuilder b = new StringBuilder("西安市发布《" + NEAR + "》。");
        for (int i = 1; i < PER_REPORT; i++) {
            b.append("西安市的高新技术企业持续增加。");
        }
        b.append("创新能力持续增强，成果转化加快。".repeat(30));
        return b.append("另据《").append(FAR).append("》，数字经济规模扩大。第").append(number).append("期。").toString();
    }

    private static void upsert(String path, String text) throws Exception {
        index.upsert(pipeline.process(parser.parseBytes(text.getBytes(StandardCharsets.UTF_8), path)));
    }

    @Test
    void theReportsOfTheFirst2000MentionsInPathOrderAndThePoliciesNearThem() throws Exception {
        MentionSearch mentions = new MentionSearch(index.searchers(), new SearchSlots(1));
        RegionMentions r = RegionMentions.read(mentions::mentionsWithoutContext, "西安市");

        assertEquals(RegionMentions.MENTION_LIMIT, r.mentionTotal());
        assertTrue(r.capped());
        int full = RegionMentions.MENTION_LIMIT / PER_REPORT; // 66 reports whole, then 20 of the 67th's mentions
        assertEquals(full + 1, r.documents().size());
        for (int i = 0; i < r.documents().size(); i++) {
            RegionMentions.CitingReport d = r.documents().get(i);
            assertEquals(String.format("r%03d.txt", i), d.path(), "in path order");
            assertEquals(i < full ? PER_REPORT : RegionMentions.MENTION_LIMIT - full * PER_REPORT, d.mentions(), d.path());
        }
        assertEquals(List.of(new RegionMentions.NearPolicy(NEAR, full + 1)), r.policies(),
                "the policy after the first mention, in each counted report; not the one far from every mention");

        // the same as the mentions listed one by one (what the page counted before)
        List<MentionHit> all = mentions.mentionsWithoutContext(EntityType.REGION, List.of("西安市"), List.of(), RegionMentions.MENTION_LIMIT);
        Map<String, Long> perReport = all.stream().collect(Collectors.groupingBy(MentionHit::docPath, Collectors.counting()));
        r.documents().forEach(d -> assertEquals(perReport.get(d.path()).intValue(), d.mentions()));
        assertEquals(all.stream().map(MentionHit::docPath).distinct().toList(), r.documents().stream().map(RegionMentions.CitingReport::path).toList());
    }

    @Test
    void theFirstMentionsWithTheirContextAreReadInTheReportsThatHoldThemOnly() throws Exception {
        MentionSearch mentions = new MentionSearch(index.searchers(), new SearchSlots(1));
        RegionMentions r = RegionMentions.read(mentions::mentionsWithoutContext, "西安市");
        List<List<String>> asked = new java.util.ArrayList<>();
        RegionMentions.Located counted = (type, entities, docIds, limit) -> {
            asked.add(docIds);
            return mentions.mentions(type, entities, docIds, limit);
        };
        for (int n : new int[] {1, PER_REPORT, PER_REPORT + 1, 50, 300}) {
            asked.clear();
            List<MentionHit> first = r.first(counted, "西安市", n);
            assertEquals(mentions.mentions(EntityType.REGION, List.of("西安市"), List.of(), n), first, "the first " + n);
            assertEquals(1, asked.size(), "one search");
            int reports = (n + PER_REPORT - 1) / PER_REPORT;
            assertEquals(r.documents().subList(0, reports).stream().map(RegionMentions.CitingReport::id).toList(), asked.get(0),
                    "only the reports holding the first " + n);
            first.forEach(m -> assertTrue(m.context().contains("西安"), m.toString()));
        }
        assertEquals(List.of(), r.first(counted, "西安市", 0));
        assertEquals(List.of(), answer(0).first(counted, "西安市", 50), "no mentions: nothing searched");
    }

    @Test
    void theFirstMentionsAreSearchedEverywhereWhenTheirReportsHoldFewerThanCounted() throws Exception {
        MentionSearch mentions = new MentionSearch(index.searchers(), new SearchSlots(1));
        RegionMentions r = RegionMentions.read(mentions::mentionsWithoutContext, "西安市");
        RegionMentions stale = new RegionMentions(List.of(new RegionMentions.CitingReport("gone", "t", "a.txt", 40)),
                r.mentionTotal(), List.of());
        List<MentionHit> first = stale.first(mentions::mentions, "西安市", 50);
        assertEquals(mentions.mentions(EntityType.REGION, List.of("西安市"), List.of(), 50), first,
                "a report gone since the page was counted: every report searched");
    }

    @Test
    void keptPerIndexVersionForTheRegionsAskedLately() throws Exception {
        MentionSearch mentions = new MentionSearch(index.searchers(), new SearchSlots(1));
        RegionMentions.Kept kept = new RegionMentions.Kept(10_000);
        RegionMentions.Located where = mentions::mentionsWithoutContext;
        RegionMentions first = kept.get(mentions.version(), "西安市", () -> RegionMentions.read(where, "西安市"));
        long passes = mentions.reportPasses();
        assertSame(first, kept.get(mentions.version(), "西安市", () -> RegionMentions.read(where, "西安市")));
        assertEquals(passes, mentions.reportPasses(), "asked again on the same version: nothing read");

        upsert("r000a.txt", "西安市印发《" + FAR + "》。");
        index.commit();
        RegionMentions after = kept.get(mentions.version(), "西安市", () -> RegionMentions.read(where, "西安市"));
        assertNotSame(first, after);
        assertEquals("r000a.txt", after.documents().get(1).path(), "a commit: read again, with the new report");
        assertTrue(after.policies().contains(new RegionMentions.NearPolicy(FAR, 1)), after.policies().toString());
        index.deleteByPath("r000a.txt");
        index.commit();
    }

    @Test
    void keptHoldsAtMostItsEntriesLeastRecentlyAskedGoFirst() throws Exception {
        RegionMentions.Kept kept = new RegionMentions.Kept(5);
        Object version = new Object();
        RegionMentions three = answer(3);
        kept.get(version, "a", () -> three);
        kept.get(version, "b", () -> answer(2));
        assertEquals(2, kept.regions());
        kept.get(version, "a", () -> answer(0)); // a asked again: b is now the oldest
        kept.get(version, "c", () -> answer(2));
        assertEquals(2, kept.regions(), "b evicted to hold 5 entries");
        assertSame(three, kept.get(version, "a", () -> answer(0)));
        RegionMentions big = answer(9);
        assertSame(big, kept.get(version, "d", () -> big), "an answer larger than the whole is given, not kept");
        assertFalse(kept.get(version, "d", () -> answer(1)) == big);
        assertSame(three, kept.get(null, "a", () -> three), "no version (another backend): read each time");
    }

    private static RegionMentions answer(int reports) {
        List<RegionMentions.CitingReport> docs = java.util.stream.IntStream.range(0, reports)
                .mapToObj(i -> new RegionMentions.CitingReport("id" + i, "t", "p" + i, 1)).toList();
        return new RegionMentions(docs, reports, List.of());
    }
}
