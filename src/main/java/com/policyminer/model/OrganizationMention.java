package com.policyminer.model;

/**
 * An organization named in a document.
 *
 * @param name canonical name (科学技术部 for 科技部 …)
 * @param kind government, research, university, enterprise, bank, other …
 * @param page physical page number (1-based), or null for a document without pages
 * @param pageLabel the number printed on that page, or null without pages
 */
public record OrganizationMention(String docId, String surface, int start, int end, String rule,
                                  String name, String kind, Integer page, String pageLabel) implements Mention {

    public OrganizationMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
    }

    /** A mention in a document without pages. */
    public OrganizationMention(String docId, String surface, int start, int end, String rule, String name, String kind) {
        this(docId, surface, start, end, rule, name, kind, null, null);
    }

    @Override
    public OrganizationMention onPage(Page p) {
        return new OrganizationMention(docId, surface, start, end, rule, name, kind,
                p == null ? null : p.number(), p == null ? null : p.label());
    }
}
