package com.policyminer.model;

/**
 * Anything an extractor found in a document. Every mention keeps its provenance: the document,
 * the exact surface and offsets into the document text, and the rule that found it.
 */
public sealed interface Mention permits Figure, RegionMention, OrganizationMention, PolicyMention {

    String docId();

    /** The text as written: {@code text.substring(start(), end())}. */
    String surface();

    int start();

    int end();

    /** Which extractor rule produced this mention (for debugging and golden files). */
    String rule();
}
