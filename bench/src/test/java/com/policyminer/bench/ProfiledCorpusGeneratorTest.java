package com.policyminer.bench;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scale benchmark's generator: reproducible by seed, and shaped like the real reports it draws from (issue 21). */
class ProfiledCorpusGeneratorTest {

    private static ProfiledCorpusGenerator generator;

    @BeforeAll
    static void readTheRealReports() throws Exception {
        generator = ProfiledCorpusGenerator.fromRepository(Path.of("."), 7L);
    }

    @Test
    void aReportDependsOnlyOnTheSeedAndItsNumber() throws Exception {
        ProfiledCorpusGenerator again = ProfiledCorpusGenerator.fromRepository(Path.of("."), 7L);
        ProfiledCorpusGenerator other = ProfiledCorpusGenerator.fromRepository(Path.of("."), 8L);
        for (int i : List.of(0, 1, 57, 999)) {
            assertEquals(generator.report(i), again.report(i), "report " + i);
            assertNotEquals(generator.report(i), other.report(i), "another seed, another report " + i);
        }
        assertNotEquals(generator.report(1), generator.report(2));
    }

    @Test
    void lengthsAndMentionDensitiesFollowTheRealReportsNotTheOldTwoHundredRegions() throws Exception {
        List<RealTextProfiles.Profile> real = RealTextProfiles.bundled();
        assertTrue(real.size() >= 80, "the profile file lists the repository's real reports: " + real.size());
        var pipeline = RealTextProfiles.pipeline();
        var parser = new com.policyminer.parse.TikaDocumentParser();
        long chars = 0;
        long regions = 0;
        long figures = 0;
        int maxRegions = 0;
        int n = 60;
        for (int i = 0; i < n; i++) {
            var r = pipeline.process(parser.parseBytes(generator.report(i).getBytes(java.nio.charset.StandardCharsets.UTF_8), "r" + i + ".txt"));
            chars += r.analyzed().text().length();
            regions += r.extraction().regions().size();
            figures += r.extraction().figures().size();
            maxRegions = Math.max(maxRegions, r.extraction().regions().size());
        }
        double realChars = real.stream().filter(p -> !p.path().startsWith("core/src/test/resources/searcheval/docs/"))
                .mapToInt(RealTextProfiles.Profile::chars).average().orElseThrow();
        double realRegionDensity = real.stream().mapToInt(RealTextProfiles.Profile::regions).sum() * 1000.0
                / real.stream().mapToInt(RealTextProfiles.Profile::chars).sum();
        double realFigureDensity = real.stream().mapToInt(RealTextProfiles.Profile::figures).sum() * 1000.0
                / real.stream().mapToInt(RealTextProfiles.Profile::chars).sum();
        double meanChars = chars / (double) n;
        assertTrue(meanChars > realChars * 0.5 && meanChars < realChars * 2, "mean length " + meanChars + " against " + realChars);
        double regionDensity = regions * 1000.0 / chars;
        double figureDensity = figures * 1000.0 / chars;
        assertTrue(regionDensity > realRegionDensity * 0.6 && regionDensity < realRegionDensity * 1.6,
                "regions per 1,000 chars " + regionDensity + " against " + realRegionDensity);
        assertTrue(figureDensity > realFigureDensity * 0.6 && figureDensity < realFigureDensity * 1.6,
                "figures per 1,000 chars " + figureDensity + " against " + realFigureDensity);
        int realMost = real.stream().mapToInt(RealTextProfiles.Profile::regions).max().orElseThrow();
        assertTrue(maxRegions <= realMost + 20, "no report mentions more regions than the real one that mentions most ("
                + realMost + "): " + maxRegions);
    }
}
