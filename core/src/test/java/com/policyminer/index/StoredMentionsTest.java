package com.policyminer.index;

import com.policyminer.analysis.HanLPAnalyzer;
import com.policyminer.extract.Extraction;
import com.policyminer.extract.Extractors;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;
import com.policyminer.parse.TikaDocumentParser;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoredMentionsTest {

    @Test
    void everySeedsMentionsComeBackAsTheyWere() throws Exception {
        DocumentPipeline pipeline = new DocumentPipeline(new TikaDocumentParser(), new HanLPAnalyzer(), Extractors.standard());
        List<Path> seeds;
        try (Stream<Path> files = Files.list(Path.of("corpus"))) {
            seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        int mentions = 0;
        long plain = 0;
        long stored = 0;
        for (Path seed : seeds) {
            AnalyzedDocument doc = pipeline.analyze(pipeline.parser().parse(seed, seed.getFileName().toString()));
            Extraction x = Extractors.standard().extract(doc);
            String id = doc.document().id();
            String regions = StoredMentions.write(x.regions());
            assertEquals(x.regions(), StoredMentions.read(regions, RegionMention.class, id), seed.toString());
            assertEquals(x.organizations(), StoredMentions.read(StoredMentions.write(x.organizations()), OrganizationMention.class, id));
            assertEquals(x.policies(), StoredMentions.read(StoredMentions.write(x.policies()), PolicyMention.class, id));
            // read for some entities only: the same records as reading all and keeping theirs
            java.util.Set<String> some = x.regions().stream().map(RegionMention::name).distinct().limit(2)
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(x.regions().stream().filter(r -> some.contains(r.name())).toList(),
                    StoredMentions.read(regions, RegionMention.class, id, some), seed.toString());
            java.util.Set<String> titles = x.policies().stream().map(PolicyMention::title).limit(1)
                    .collect(java.util.stream.Collectors.toSet());
            assertEquals(x.policies().stream().filter(p -> titles.contains(p.title())).toList(),
                    StoredMentions.read(StoredMentions.write(x.policies()), PolicyMention.class, id, titles));
            assertEquals(List.of(), StoredMentions.read(regions, RegionMention.class, id, java.util.Set.of("不存在的地方")));
            mentions += x.regions().size() + x.organizations().size() + x.policies().size();
            plain += StoredJson.write(x.regions()).length();
            stored += regions.length();
        }
        assertTrue(mentions > 500, "mentions compared: " + mentions);
        assertTrue(stored * 3 < plain, "stored " + stored + " chars of region mentions, plain records " + plain);
    }

    @Test
    void namesAndSurfacesWithQuotesAndBackslashesSurvive() {
        List<PolicyMention> odd = List.of(
                new PolicyMention("d", "《关于\"双碳\"\\目标的意见》", 3, 17, "title", "关于\"双碳\"\\目标的意见", "意见", true, "国务院", "2021-09-22", ""),
                new PolicyMention("d", "该意见", 40, 43, "back-reference", "关于\"双碳\"\\目标的意见", "意见", true, "国务院", "2021-09-22", ""));
        assertEquals(odd, StoredMentions.read(StoredMentions.write(odd), PolicyMention.class, "d"));
        assertEquals(List.of(), StoredMentions.read(StoredMentions.write(List.of()), PolicyMention.class, "d"));
    }

    @Test
    void eachEntityIsStoredOnceAndEveryOtherFieldTellsEntitiesApart() throws Exception {
        List<RegionMention> xian = List.of(
                new RegionMention("d", "西安", 0, 2, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false),
                new RegionMention("d", "西安市", 10, 13, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false),
                new RegionMention("d", "西安", 20, 22, "alias", "西安市", "city", "610100", List.of("陕西省"), false),
                new RegionMention("d", "西安", 30, 32, "gazetteer", "西安市", "city", "610100", List.of(), false));
        String json = StoredMentions.write(xian);
        assertEquals(3, StoredJson.MAPPER.readTree(json).get("entities").size(), json);
        assertEquals(xian, StoredMentions.read(json, RegionMention.class, "d"));
    }

    @Test
    void pagesAndLabelsAndOtherEntitiesSkippedReadAsAStreamAsFromTheTree() throws Exception {
        List<RegionMention> paged = List.of(
                new RegionMention("d", "西安", 0, 2, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false, 1, "1"),
                new RegionMention("d", "北京", 5, 7, "gazetteer", "北京市", "province", "110000", List.of(), false, 2, "ii"),
                new RegionMention("d", "西安市", 10, 13, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false, 3, "iii"),
                new RegionMention("d", "北京", 20, 22, "gazetteer", "北京市", "province", "110000", List.of(), false, 4, "4"),
                new RegionMention("d", "西安", 30, 32, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false));
        String json = StoredMentions.write(paged);
        assertEquals(paged, StoredMentions.read(json, RegionMention.class, "d"));
        assertEquals(List.of(paged.get(1), paged.get(3)), StoredMentions.read(json, RegionMention.class, "d", java.util.Set.of("北京市")));
        assertEquals(List.of(paged.get(0), paged.get(2), paged.get(4)),
                StoredMentions.read(json, RegionMention.class, "d", java.util.Set.of("西安市")));
        // stored with its fields the other way round (not as write puts them): read all the same
        com.fasterxml.jackson.databind.JsonNode tree = StoredJson.MAPPER.readTree(json);
        String reordered = "{\"mentions\":" + tree.get("mentions") + ",\"entities\":" + tree.get("entities") + "}";
        assertEquals(paged, StoredMentions.read(reordered, RegionMention.class, "d"));
        assertEquals(List.of(paged.get(1), paged.get(3)), StoredMentions.read(reordered, RegionMention.class, "d", java.util.Set.of("北京市")));
        assertThrows(java.io.UncheckedIOException.class, () -> StoredMentions.read("{\"entities\":[],\"mentions\":[", RegionMention.class, "d"));
    }

    /**
     * The key {@link StoredMentions#write} groups mentions by, made without reflection for the three kinds, tells
     * two mentions apart exactly when the reflective key (every record component but the place) does: each
     * component of each kind is changed in turn, so a component added to a record and left out of the key fails here.
     */
    @Test
    void theEntityKeyTellsMentionsApartByEveryComponentButThePlace() throws Exception {
        List<com.policyminer.model.Mention> samples = List.of(
                new RegionMention("d", "西安", 5, 9, "gazetteer", "西安市", "city", "610100", List.of("陕西省"), false, 2, "ii"),
                new OrganizationMention("d", "科技部", 5, 9, "central", "科学技术部", "ministry", "central", "国务院", 2, "ii"),
                new PolicyMention("d", "该意见", 5, 9, "title", "关于双碳的意见", "意见", true, "国务院", "2021-09-22",
                        "国发〔2021〕1号", 2, "ii"));
        int changed = 0;
        for (com.policyminer.model.Mention m : samples) {
            java.lang.reflect.RecordComponent[] parts = m.getClass().getRecordComponents();
            Class<?>[] types = java.util.Arrays.stream(parts).map(java.lang.reflect.RecordComponent::getType)
                    .toArray(Class<?>[]::new);
            java.lang.reflect.Constructor<?> make = m.getClass().getDeclaredConstructor(types);
            for (int i = 0; i < parts.length; i++) {
                Object[] args = new Object[parts.length];
                for (int j = 0; j < parts.length; j++) {
                    args[j] = parts[j].getAccessor().invoke(m);
                }
                args[i] = other(args[i], parts[i].getType());
                com.policyminer.model.Mention n = (com.policyminer.model.Mention) make.newInstance(args);
                String what = m.getClass().getSimpleName() + "." + parts[i].getName();
                assertTrue(!n.equals(m), what + " was not changed");
                assertEquals(StoredMentions.reflectiveKey(m).equals(StoredMentions.reflectiveKey(n)),
                        StoredMentions.entityKey(m).equals(StoredMentions.entityKey(n)), what);
                assertEquals(StoredMentions.reflectiveKey(n).equals(StoredMentions.reflectiveKey(m)),
                        StoredMentions.entityKey(n).hashCode() == StoredMentions.entityKey(m).hashCode()
                                && StoredMentions.entityKey(n).equals(StoredMentions.entityKey(m)), what);
                changed++;
            }
            assertEquals(StoredMentions.reflectiveKey(m), StoredMentions.reflectiveKey(m));
            assertEquals(StoredMentions.entityKey(m), StoredMentions.entityKey(m));
        }
        assertEquals(12 + 11 + 13, changed);
    }

    /** Another value of a record component's type (offsets stay a valid span: start 5 end 9 become 6 and 10). */
    private static Object other(Object value, Class<?> type) {
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == Integer.class) {
            return (Integer) value + 1;
        }
        if (type == List.class) {
            return List.of("别处");
        }
        return value + "别";
    }
}
