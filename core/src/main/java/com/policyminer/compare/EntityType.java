package com.policyminer.compare;

import com.fasterxml.jackson.annotation.JsonValue;
import com.policyminer.model.Mention;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.Locale;

/** The kinds of entity whose co-occurrence is counted, with the name each mention contributes. */
public enum EntityType {
    REGION("region"),
    POLICY("policy"),
    ORGANIZATION("organization");

    private final String code;

    EntityType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
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
    static EntityType of(Mention m) {
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

    /** The canonical name a mention of this type contributes, as the extractor gave it. */
    static String nameOf(Mention m) {
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
}
