package com.policyminer.model;

/**
 * Anything an extractor found in a document. Every mention keeps its provenance: the document,
 * the exact surface and offsets into the document text, the rule that found it and, in a paged
 * document, the page it is on (see {@code extract.PageNumbers}).
 */
public sealed interface Mention permits Figure, RegionMention, OrganizationMention, PolicyMention {

    String docId();

    /** The text as written: {@code text.substring(start(), end())}. */
    String surface();

    int start();

    int end();

    /** Which extractor rule produced this mention (for debugging and golden files). */
    String rule();

    /** Physical number (1-based) of the page the mention starts on; null for a document without pages. */
    Integer page();

    /** The number printed on that page ("iii", "3"); null for a document without pages. */
    String pageLabel();

    /** The same mention placed on a page (null: on none). */
    Mention onPage(Page p);
}
