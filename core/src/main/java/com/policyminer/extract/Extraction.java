package com.policyminer.extract;

import com.policyminer.model.Figure;
import com.policyminer.model.OrganizationMention;
import com.policyminer.model.PolicyMention;
import com.policyminer.model.RegionMention;

import java.util.List;

/**
 * Everything the extractors found in one document; {@code failures}: the extractors that failed on it, each with
 * its reason ("figures: NumberFormatException: …"), so the document is reported as indexed without what they find.
 */
public record Extraction(List<RegionMention> regions, List<OrganizationMention> organizations,
                         List<PolicyMention> policies, List<Figure> figures, List<String> failures) {

    public static final Extraction NONE = new Extraction(List.of(), List.of(), List.of(), List.of());

    public Extraction {
        regions = List.copyOf(regions);
        organizations = List.copyOf(organizations);
        policies = List.copyOf(policies);
        figures = List.copyOf(figures);
        failures = List.copyOf(failures);
    }

    public Extraction(List<RegionMention> regions, List<OrganizationMention> organizations,
                      List<PolicyMention> policies, List<Figure> figures) {
        this(regions, organizations, policies, figures, List.of());
    }
}
