package com.policyminer.model;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The kinds of entity a report mentions: regions, organizations and policies. One vocabulary for the index
 * (facets, filters, stored mentions), the searches and the comparisons.
 */
public enum EntityType {
    REGION("region", "region"),
    ORGANIZATION("org", "organization"),
    POLICY("policy", "policy");

    private final String dim;
    private final String code;

    EntityType(String dim, String code) {
        this.dim = dim;
        this.code = code;
    }

    /** The short name: the facet dimension, and the mention type of the API and CLI (region, org, policy). */
    public String dim() {
        return dim;
    }

    /** The name in JSON (region, organization, policy). */
    @JsonValue
    public String code() {
        return code;
    }

    /** The type with this short name (region, org, policy). */
    public static EntityType ofDim(String dim) {
        for (EntityType t : values()) {
            if (t.dim.equals(dim)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no entity type " + dim);
    }

    /** region, policy, organization (also plurals and "org"), case-insensitive. */
    public static EntityType parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "region", "regions" -> REGION;
            case "policy", "policies" -> POLICY;
            case "organization", "organizations", "org", "orgs" -> ORGANIZATION;
            default -> throw new IllegalArgumentException(
                    "unknown entity type '" + text + "'; expected region, policy or organization");
        };
    }

    /** The type of a mention, or null for figures. */
    public static EntityType of(Mention m) {
        if (m instanceof RegionMention) {
            return REGION;
        }
        if (m instanceof PolicyMention) {
            return POLICY;
        }
        if (m instanceof OrganizationMention) {
            return ORGANIZATION;
        }
        return null;
    }

    /** The canonical name a mention contributes, as the extractor gave it ("" for figures). */
    public static String nameOf(Mention m) {
        if (m instanceof RegionMention r) {
            return r.name();
        }
        if (m instanceof PolicyMention p) {
            return p.title();
        }
        if (m instanceof OrganizationMention o) {
            return o.name();
        }
        return "";
    }

    /** The entity a mention of this kind names (a region's or organization's name, a policy's title). */
    public String entityOf(Mention m) {
        return switch (this) {
            case REGION -> ((RegionMention) m).name();
            case ORGANIZATION -> ((OrganizationMention) m).name();
            case POLICY -> ((PolicyMention) m).title();
        };
    }

    /** The mention record class of this kind, to read stored mentions back. */
    public Class<? extends Mention> recordClass() {
        return switch (this) {
            case REGION -> RegionMention.class;
            case ORGANIZATION -> OrganizationMention.class;
            case POLICY -> PolicyMention.class;
        };
    }
}
