package com.policyminer.extract.figures;

/**
 * What a figure is about: its name, its type (region, region-group, organization, company, market, sector,
 * programme, other) and where it is written ({@code -1} when it is not written as such).
 */
record Subject(String name, String type, int start, int end) {

    static final Subject NONE = new Subject("", "", -1, -1);

    static Subject of(SubjectCandidates.Candidate c) {
        return c.derived() ? new Subject(c.name(), c.type(), -1, -1) : new Subject(c.name(), c.type(), c.start(), c.end());
    }
}
