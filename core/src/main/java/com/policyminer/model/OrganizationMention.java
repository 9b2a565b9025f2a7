package com.policyminer.model;

/**
 * An organization named in a document.
 *
 * @param name   canonical name (科学技术部 for 科技部 …)
 * @param kind   government, party, university, institute (research institute, lab, innovation centre),
 *               company, bank, fund, association (association, alliance), media, exchange, international, other
 * @param level  for government and party bodies: national, province, city, district; else ""
 * @param parent the canonical name of the body it belongs to (科学技术部 for 科技部成果转化与区域创新司), else ""
 * @param page   physical page number (1-based), or null for a document without pages
 * @param pageLabel the number printed on that page, or null without pages
 */
public record OrganizationMention(String docId, String surface, int start, int end, String rule,
                                  String name, String kind, String level, String parent,
                                  Integer page, String pageLabel) implements Mention {

    public OrganizationMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        level = level == null ? "" : level;
        parent = parent == null ? "" : parent;
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
    }

    /** A mention in a document without pages. */
    public OrganizationMention(String docId, String surface, int start, int end, String rule, String name, String kind,
                               String level, String parent) {
        this(docId, surface, start, end, rule, name, kind, level, parent, null, null);
    }

    /** A mention in a document without pages, with no level or parent. */
    public OrganizationMention(String docId, String surface, int start, int end, String rule, String name, String kind) {
        this(docId, surface, start, end, rule, name, kind, "", "", null, null);
    }

    @Override
    public OrganizationMention onPage(Page p) {
        return new OrganizationMention(docId, surface, start, end, rule, name, kind, level, parent,
                p == null ? null : p.number(), p == null ? null : p.label());
    }
}
