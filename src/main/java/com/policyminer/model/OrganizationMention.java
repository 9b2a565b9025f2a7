package com.policyminer.model;

/**
 * An organization named in a document.
 *
 * @param name canonical name (科学技术部 for 科技部 …)
 * @param kind government, research, university, enterprise, bank, other …
 */
public record OrganizationMention(String docId, String surface, int start, int end, String rule,
                                  String name, String kind) implements Mention {

    public OrganizationMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
