package com.policyminer.extract;

import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.List;

/** Everything the extractors found in one document. */
public record Extraction(List<RegionMention> regions, List<OrganizationMention> organizations,
                         List<PolicyMention> policies, List<Figure> figures) {

    public static final Extraction NONE = new Extraction(List.of(), List.of(), List.of(), List.of());

    public Extraction {
        regions = List.copyOf(regions);
        organizations = List.copyOf(organizations);
        policies = List.copyOf(policies);
        figures = List.copyOf(figures);
    }
}
