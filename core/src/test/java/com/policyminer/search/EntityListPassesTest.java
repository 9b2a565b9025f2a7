package com.policyminer.search;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extractors;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.index.Analyzers;
import com.policyminer.index.LuceneIndex;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The organization and policy lists read the reports once per index version, not once per entity (issue 21). */
class EntityListPassesTest {

    private static final String[] REPORTS = {
            "国务院印发《长江三角洲区域一体化发展规划纲要》。中国科学院、清华大学和北京大学在西安市设立研究院。",
            "科技部、国家发展改革委与上海交通大学联合发布《关于推动京津冀协同发展的意见》，复旦大学参与。",
            "浙江大学、南京大学和中国科学技术大学牵头落实《粤港澳大湾区发展规划纲要》，华为技术有限公司参与。",
    };

    @Test
    void organizationsAndPoliciesAreOnePassEachAndKeptUntilTheNextCommit(@TempDir Path dir) throws Exception {
        HanLPAnalyzer hanlp = new HanLPAnalyzer();
        TikaDocumentParser parser = new TikaDocumentParser();
        DocumentPipeline pipeline = new DocumentPipeline(parser, hanlp, Extractors.standard());
        try (LuceneIndex index = new LuceneIndex(dir, new Analyzers(hanlp))) {
            for (int i = 0; i < REPORTS.length; i++) {
                index.upsert(pipeline.process(parser.parseBytes(REPORTS[i].getBytes(StandardCharsets.UTF_8), "r" + i + ".txt")));
            }
            index.commit();
            MentionSearch mentions = new MentionSearch(index.searchers(), new SearchSlots(1));
            EntityCatalog catalog = new EntityCatalog(mentions, Gazetteer::standard);

            long before = mentions.reportPasses();
            List<EntityCatalog.OrgEntry> orgs = catalog.organizations();
            assertTrue(orgs.size() >= 6, "several organizations, so one query each would show: " + orgs);
            assertEquals(1, mentions.reportPasses() - before, "one pass over the reports for " + orgs.size() + " organizations");
            assertTrue(orgs.stream().anyMatch(o -> o.name().equals("中国科学院") && !o.kind().isEmpty()),
                    "each keeps the kind its first report gives: " + orgs);

            before = mentions.reportPasses();
            List<EntityCatalog.PolicyEntry> policies = catalog.policies(null);
            assertEquals(3, policies.size(), policies.toString());
            assertEquals(1, mentions.reportPasses() - before, "one pass for all the policies");

            before = mentions.reportPasses();
            assertEquals(orgs, catalog.organizations());
            assertEquals(policies, catalog.policies(""));
            assertEquals(0, mentions.reportPasses() - before, "the same index version: the lists are kept");

            index.deleteByPath("r0.txt");
            index.commit();
            List<EntityCatalog.OrgEntry> after = catalog.organizations();
            assertTrue(after.stream().noneMatch(o -> o.name().equals("中国科学院")), "a commit makes the list be read again: " + after);
            assertEquals(2, catalog.policies(null).size());
        }
    }
}
