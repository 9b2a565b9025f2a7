package com.policyminer.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One mention of an entity, with where it is and the text around it.
 *
 * @param page      physical number (1-based) of the page the mention is on; absent for a report without pages
 * @param pageLabel the number printed on that page; absent for a report without pages
 */
public record MentionHit(String type, String entity, String docId, String docTitle, String docPath,
                         String surface, int start, int end, String context,
                         @JsonInclude(JsonInclude.Include.NON_NULL) Integer page,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String pageLabel) {
}
