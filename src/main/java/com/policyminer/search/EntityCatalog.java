package com.policyminer.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;

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

    private final MentionSearch mentions;
    private final java.util.function.Supplier<Gazetteer> gazetteer;

    public EntityCatalog(MentionSearch mentions, java.util.function.Supplier<Gazetteer> gazetteer) {
        this.mentions = mentions;
        this.gazetteer = gazetteer;
    }

    public List<RegionEntry> regions(String level) throws IOException {
        List<RegionEntry> out = new ArrayList<>();
        for (EntityCount c : mentions.counts("region")) {
            Optional<Region> r = gazetteer.get().lookup(c.name());
            RegionEntry e = new RegionEntry(c.name(), r.map(Region::level).orElse(""), r.map(Region::code).orElse(""),
                    r.map(Region::parents).orElse(List.of()), r.map(Region::foreign).orElse(false), c.mentions(), c.documents());
            if (level == null || level.isEmpty() || level.equals(e.level())) {
                out.add(e);
            }
        }
        return out;
    }

    // The lists below make several lookups each: they take one search slot for all of them (see
    // MentionSearch#inOneSlot), so a list under load waits its turn once, not once per entity.

    public List<PolicyEntry> policies(String kind) throws IOException {
        return mentions.inOneSlot(() -> {
            List<PolicyEntry> out = new ArrayList<>();
            Map<String, List<JsonNode>> records = mentions.recordsInSlot("policy", CITING_REPORTS);
            for (EntityCount c : mentions.countsInSlot("policy")) {
                PolicyEntry p = policy(c, records.getOrDefault(c.name(), List.of()));
                if (kind == null || kind.isEmpty() || kind.equals(p.kind())) {
                    out.add(p);
                }
            }
            return out;
        });
    }

    /** One policy by its normalized title (with or without 《》). */
    public Optional<PolicyEntry> policy(String title) throws IOException {
        String bare = title.replace("《", "").replace("》", "");
        return mentions.inOneSlot(() -> {
            for (EntityCount c : mentions.countsInSlot("policy")) {
                if (c.name().equals(title) || c.name().equals(bare)) {
                    return Optional.of(policy(c, mentions.itemsInSlot("policy", c.name(), CITING_REPORTS)));
                }
            }
            return Optional.<PolicyEntry>empty();
        });
    }

    public List<OrgEntry> organizations() throws IOException {
        return organizations("");
    }

    /** The organizations of one kind (all when {@code kind} is empty). */
    public List<OrgEntry> organizations(String kind) throws IOException {
        return mentions.inOneSlot(() -> {
            List<OrgEntry> out = new ArrayList<>();
            for (EntityCount c : mentions.countsInSlot("org")) {
                // the first report naming it is enough (fewer reports read than one pass over all)
                JsonNode first = mentions.itemsInSlot("org", c.name(), 1).stream().findFirst().orElse(null);
                OrgEntry e = new OrgEntry(c.name(), text(first, "kind"), text(first, "level"), text(first, "parent"),
                        c.mentions(), c.documents());
                if (kind == null || kind.isEmpty() || kind.equals(e.kind())) {
                    out.add(e);
                }
            }
            return out;
        });
    }

    private static String text(JsonNode n, String field) {
        return n == null ? "" : n.path(field).asText("");
    }

    /** The reports whose citations of a policy are compared to find its issuer, date and number. */
    private static final int CITING_REPORTS = 50;

    private PolicyEntry policy(EntityCount c, List<JsonNode> items) {
        JsonNode best = items.stream().max(Comparator.comparingInt(EntityCatalog::completeness)).orElse(null);
        if (best == null) {
            return new PolicyEntry(c.name(), "", false, "", "", "", c.mentions(), c.documents());
        }
        return new PolicyEntry(c.name(), best.path("kind").asText(""), best.path("isPolicy").asBoolean(false),
                best.path("issuer").asText(""), best.path("date").asText(""), best.path("docNumber").asText(""),
                c.mentions(), c.documents());
    }

    private static int completeness(JsonNode n) {
        return (n.path("issuer").asText("").isEmpty() ? 0 : 2) + (n.path("date").asText("").isEmpty() ? 0 : 2)
                + (n.path("docNumber").asText("").isEmpty() ? 0 : 1);
    }
}
