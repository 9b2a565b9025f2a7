package com.policyminer.search;

import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.model.EntityType;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The lists of regions, policies and organizations in the index, for the API and the CLI alike. */
public final class EntityCatalog {

    /** A region in the list: where it sits in the hierarchy and how often it is mentioned. */
    public record RegionEntry(String name, String level, String code, List<String> parents, boolean foreign,
                              long mentions, long documents) {
    }

    /** A policy in the list, with what the reports say of it (the most complete citation wins). */
    public record PolicyEntry(String title, String kind, boolean isPolicy, String issuer, String date, String docNumber,
                              long mentions, long documents) {
    }

    /**
     * An organization in the list: its kind (government, party, company, fund, media …), the level of a
     * government or party body (national, province, city, district) and the body it belongs to, or "".
     */
    public record OrgEntry(String name, String kind, String level, String parent, long mentions, long documents) {
    }

    private final EntityMentions mentions;
    private final java.util.function.Supplier<Gazetteer> gazetteer;
    /** The whole lists, per index version (the reader they were read from): a list is read once per commit. */
    private final PerReader<List<RegionEntry>> regionList = new PerReader<>();
    private final PerReader<List<PolicyEntry>> policyList = new PerReader<>();
    private final PerReader<List<OrgEntry>> orgList = new PerReader<>();

    /** @param mentions the embedded index's {@link MentionSearch} or another backend's counts and records */
    public EntityCatalog(EntityMentions mentions, java.util.function.Supplier<Gazetteer> gazetteer) {
        this.mentions = mentions;
        this.gazetteer = gazetteer;
    }

    /** A whole list, kept for the index version it was read from (read each time when the backend has no version). */
    private <T> List<T> kept(PerReader<List<T>> list, org.apache.lucene.util.IOSupplier<List<T>> read) throws IOException {
        Object version = mentions.version();
        return version == null ? read.get() : list.get(version, read);
    }

    public List<RegionEntry> regions(String level) throws IOException {
        List<RegionEntry> all = kept(regionList, () -> {
            List<RegionEntry> out = new ArrayList<>();
            for (EntityCount c : mentions.counts(EntityType.REGION, List.of())) {
                Optional<Region> r = gazetteer.get().lookup(c.name());
                out.add(new RegionEntry(c.name(), r.map(Region::level).orElse(""), r.map(Region::code).orElse(""),
                        r.map(Region::parents).orElse(List.of()), r.map(Region::foreign).orElse(false), c.mentions(), c.documents()));
            }
            return List.copyOf(out);
        });
        return level == null || level.isEmpty() ? all : all.stream().filter(e -> level.equals(e.level())).toList();
    }

    // The lists below read every report's mentions of a kind in one pass (not one query per entity), in one
    // search slot on the embedded index (see MentionSearch#entities); each list is kept until the next commit.

    public List<PolicyEntry> policies(String kind) throws IOException {
        List<PolicyEntry> all = kept(policyList, () -> mentions.entities(EntityType.POLICY, CITING_REPORTS).stream()
                .map(e -> policy(e.count(), e.records())).toList());
        return kind == null || kind.isEmpty() ? all : all.stream().filter(p -> kind.equals(p.kind())).toList();
    }

    /** One policy by its normalized title (with or without 《》). */
    public Optional<PolicyEntry> policy(String title) throws IOException {
        String bare = title.replace("《", "").replace("》", "");
        return mentions.entity(EntityType.POLICY, java.util.Set.copyOf(List.of(title, bare)), CITING_REPORTS)
                .map(e -> policy(e.count(), e.records()));
    }

    public List<OrgEntry> organizations() throws IOException {
        return organizations("");
    }

    /** The organizations of one kind (all when {@code kind} is empty). */
    public List<OrgEntry> organizations(String kind) throws IOException {
        // the first report (by path) naming each organization says its kind, level and parent
        List<OrgEntry> all = kept(orgList, () -> mentions.entities(EntityType.ORGANIZATION, 1).stream().map(e -> {
            EntityCount c = e.count();
            OrganizationMention n = (OrganizationMention) e.records().stream().findFirst().orElse(null);
            return n == null ? new OrgEntry(c.name(), "", "", "", c.mentions(), c.documents())
                    : new OrgEntry(c.name(), text(n.kind()), text(n.level()), text(n.parent()), c.mentions(), c.documents());
        }).toList());
        return kind == null || kind.isEmpty() ? all : all.stream().filter(e -> kind.equals(e.kind())).toList();
    }

    // The lists of the reports of some collections: the whole corpus's entries (kind, issuer, level …)
    // with their counts in those reports only, and only the entities those reports name; not kept.

    /** The regions named in these reports (null: all reports, as {@link #regions(String)}). */
    public List<RegionEntry> regions(String level, List<String> docs) throws IOException {
        if (docs == null) {
            return regions(level);
        }
        Map<String, EntityCount> in = countsIn(EntityType.REGION, docs);
        return regions(level).stream().filter(e -> in.containsKey(e.name()))
                .map(e -> new RegionEntry(e.name(), e.level(), e.code(), e.parents(), e.foreign(),
                        in.get(e.name()).mentions(), in.get(e.name()).documents()))
                .sorted(Comparator.comparingLong(RegionEntry::mentions).reversed().thenComparing(RegionEntry::name)).toList();
    }

    /** The policies cited in these reports (null: all reports). */
    public List<PolicyEntry> policies(String kind, List<String> docs) throws IOException {
        if (docs == null) {
            return policies(kind);
        }
        Map<String, EntityCount> in = countsIn(EntityType.POLICY, docs);
        return policies(kind).stream().filter(e -> in.containsKey(e.title()))
                .map(e -> new PolicyEntry(e.title(), e.kind(), e.isPolicy(), e.issuer(), e.date(), e.docNumber(),
                        in.get(e.title()).mentions(), in.get(e.title()).documents()))
                .sorted(Comparator.comparingLong(PolicyEntry::mentions).reversed().thenComparing(PolicyEntry::title)).toList();
    }

    /** The organizations named in these reports (null: all reports). */
    public List<OrgEntry> organizations(String kind, List<String> docs) throws IOException {
        if (docs == null) {
            return organizations(kind);
        }
        Map<String, EntityCount> in = countsIn(EntityType.ORGANIZATION, docs);
        return organizations(kind).stream().filter(e -> in.containsKey(e.name()))
                .map(e -> new OrgEntry(e.name(), e.kind(), e.level(), e.parent(), in.get(e.name()).mentions(), in.get(e.name()).documents()))
                .sorted(Comparator.comparingLong(OrgEntry::mentions).reversed().thenComparing(OrgEntry::name)).toList();
    }

    private Map<String, EntityCount> countsIn(EntityType type, List<String> docs) throws IOException {
        Map<String, EntityCount> out = new java.util.HashMap<>();
        mentions.counts(type, docs).forEach(c -> out.put(c.name(), c));
        return out;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    /** The reports whose citations of a policy are compared to find its issuer, date and number. */
    private static final int CITING_REPORTS = 50;

    private PolicyEntry policy(EntityCount c, List<Mention> items) {
        PolicyMention best = items.stream().map(PolicyMention.class::cast)
                .max(Comparator.comparingInt(EntityCatalog::completeness)).orElse(null);
        if (best == null) {
            return new PolicyEntry(c.name(), "", false, "", "", "", c.mentions(), c.documents());
        }
        return new PolicyEntry(c.name(), text(best.kind()), best.isPolicy(), text(best.issuer()), text(best.date()),
                text(best.docNumber()), c.mentions(), c.documents());
    }

    private static int completeness(PolicyMention n) {
        return (text(n.issuer()).isEmpty() ? 0 : 2) + (text(n.date()).isEmpty() ? 0 : 2)
                + (text(n.docNumber()).isEmpty() ? 0 : 1);
    }
}
