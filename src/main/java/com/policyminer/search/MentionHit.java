package com.policyminer.search;

/** One mention of an entity, with where it is and the text around it. */
public record MentionHit(String type, String entity, String docId, String docTitle, String docPath,
                         String surface, int start, int end, String context) {
}
