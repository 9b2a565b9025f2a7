package com.policyminer.search;

import com.policyminer.model.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a region is mentioned, for its page: the reports of its first {@value #MENTION_LIMIT} mentions
 * (in reading order: by report path, then offset) with how many of those each holds, and the policies
 * cited within {@value #NEAR} characters of one of them, most often first. No report's text is read.
 *
 * @param documents    the reports, in path order
 * @param mentionTotal the mentions counted ({@value #MENTION_LIMIT} at most)
 * @param policies     the policies near those mentions, by count (then first seen)
 */
public record RegionMentions(List<CitingReport> documents, int mentionTotal, List<NearPolicy> policies) {

    /** The mentions counted (a region's page says "2000+" when there are more). */
    public static final int MENTION_LIMIT = 2000;
    /** How close a policy's mention must be to one of the region's to count as near it, in characters. */
    public static final int NEAR = 300;
    /** The policy mentions of those reports read at most. */
    static final int POLICY_MENTION_LIMIT = 10_000;

    public RegionMentions {
        documents = List.copyOf(documents);
        policies = List.copyOf(policies);
    }

    /** A report citing the region, with how many of the counted mentions it holds. */
    public record CitingReport(String id, String title, String path, int mentions) {
    }

    /** A policy cited near the region, and how often. */
    public record NearPolicy(String title, int count) {
    }

    public boolean capped() {
        return mentionTotal >= MENTION_LIMIT;
    }

    /** Mentions of a type's entities in some reports (all when empty), at most a limit: {@link SearchService#mentions} or {@link SearchService#mentionsWithoutContext} of any backend. */
    @FunctionalInterface
    public interface Located {
        List<MentionHit> find(EntityType type, List<String> entities, List<String> docIds, int limit) throws IOException;
    }

    /**
     * The first {@code n} mentions of the region in reading order, with their context, read only in the reports
     * that hold them ({@link #documents} says which, in path order): a page over 100,000 reports searches a
     * dozen reports, not every report that names the region. Should the index have changed since this was read
     * (a report gone), the mentions are searched in every report.
     *
     * @param reads {@link SearchService#mentions} of any backend
     */
    public List<MentionHit> first(Located reads, String region, int n) throws IOException {
        int expected = Math.min(n, mentionTotal);
        if (expected <= 0) {
            return List.of();
        }
        List<String> holding = new ArrayList<>();
        int counted = 0;
        for (CitingReport d : documents) {
            if (counted >= expected) {
                break;
            }
            holding.add(d.id());
            counted += d.mentions();
        }
        List<MentionHit> found = reads.find(EntityType.REGION, List.of(region), holding, n);
        return found.size() >= expected ? found : reads.find(EntityType.REGION, List.of(region), List.of(), n);
    }

    /** The region's mentions and the policies near them. */
    public static RegionMentions read(Located reads, String region) throws IOException {
        List<MentionHit> all = reads.find(EntityType.REGION, List.of(region), List.of(), MENTION_LIMIT);
        Map<String, List<MentionHit>> byDoc = new LinkedHashMap<>();
        all.forEach(m -> byDoc.computeIfAbsent(m.docId(), k -> new ArrayList<>()).add(m));
        List<CitingReport> documents = new ArrayList<>();
        byDoc.forEach((id, ms) -> documents.add(new CitingReport(id, ms.get(0).docTitle(), ms.get(0).docPath(), ms.size())));
        return new RegionMentions(documents, all.size(), policiesNear(reads, byDoc));
    }

    /** Policies cited within {@link #NEAR} characters of a mention of the region, with how often. */
    private static List<NearPolicy> policiesNear(Located reads, Map<String, List<MentionHit>> regionByDoc) throws IOException {
        if (regionByDoc.isEmpty()) {
            return List.of();
        }
        // each document's region mention offsets, sorted: a policy mention is near one when the closest is within NEAR
        Map<String, int[]> starts = new HashMap<>();
        regionByDoc.forEach((doc, ms) -> starts.put(doc, ms.stream().mapToInt(MentionHit::start).sorted().toArray()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MentionHit p : reads.find(EntityType.POLICY, List.of(), List.copyOf(regionByDoc.keySet()),
                POLICY_MENTION_LIMIT)) {
            if (near(starts.get(p.docId()), p.start())) {
                counts.merge(p.entity(), 1, Integer::sum);
            }
        }
        List<NearPolicy> out = new ArrayList<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(e -> out.add(new NearPolicy(e.getKey(), e.getValue())));
        return out;
    }

    /** True when a value of {@code sorted} lies within {@link #NEAR} of {@code at}. */
    static boolean near(int[] sorted, int at) {
        if (sorted == null || sorted.length == 0) {
            return false;
        }
        int i = Arrays.binarySearch(sorted, at);
        if (i >= 0) {
            return true;
        }
        int next = -i - 1;
        return next < sorted.length && sorted[next] - at <= NEAR || next > 0 && at - sorted[next - 1] <= NEAR;
    }

    /** How many {@link CitingReport}s (and policies) an answer holds: what {@link Kept} bounds. */
    int size() {
        return documents.size() + policies.size();
    }

    /**
     * The answers of the regions asked for lately, for one index version (a newer version starts afresh):
     * a region's page asked again reads nothing; together they hold at most {@code maxEntries} reports and
     * policies (the least recently asked go first; a larger answer is not kept).
     */
    static final class Kept {
        private final int maxEntries;
        private final LinkedHashMap<String, RegionMentions> byRegion = new LinkedHashMap<>(16, 0.75f, true);
        private Object version;
        private int entries;

        Kept(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        RegionMentions get(Object version, String region, org.apache.lucene.util.IOSupplier<RegionMentions> read) throws IOException {
            if (version == null) {
                return read.get();
            }
            synchronized (this) {
                if (version != this.version) {
                    byRegion.clear();
                    entries = 0;
                    this.version = version;
                }
                RegionMentions kept = byRegion.get(region);
                if (kept != null) {
                    return kept;
                }
            }
            RegionMentions value = read.get(); // outside the lock: other regions' pages do not wait for this one
            synchronized (this) {
                if (version == this.version && !byRegion.containsKey(region) && value.size() <= maxEntries) {
                    byRegion.put(region, value);
                    entries += value.size();
                    var oldest = byRegion.entrySet().iterator();
                    while (entries > maxEntries && oldest.hasNext()) {
                        entries -= oldest.next().getValue().size();
                        oldest.remove();
                    }
                }
            }
            return value;
        }

        synchronized int regions() {
            return byRegion.size();
        }
    }
}
