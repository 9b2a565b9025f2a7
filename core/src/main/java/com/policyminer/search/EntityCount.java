package com.policyminer.search;

/** An entity (region, organization or policy by canonical name) with its mention and document counts. */
public record EntityCount(String type, String name, long mentions, long documents) {
}
