package com.policyminer.model;

import java.util.List;

/**
 * A place named in a document.
 *
 * @param name    canonical name (甘肃省, 兰州市, 西咸新区, 长三角 …)
 * @param level   province, city, district, new-area, zone, macro-region, foreign-country, foreign-city …
 * @param code    official division code, or "" when it has none
 * @param parents parent chain, nearest first (兰州市 → [甘肃省, 西北])
 * @param foreign true for places outside China
 * @param page    physical page number (1-based), or null for a document without pages
 * @param pageLabel the number printed on that page, or null without pages
 */
public record RegionMention(String docId, String surface, int start, int end, String rule,
                            String name, String level, String code, List<String> parents, boolean foreign,
                            Integer page, String pageLabel)
        implements Mention {

    public RegionMention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
        parents = parents == null ? List.of() : List.copyOf(parents);
        code = code == null ? "" : code;
        pageLabel = page == null ? null : pageLabel == null ? page.toString() : pageLabel;
    }

    /** A mention in a document without pages. */
    public RegionMention(String docId, String surface, int start, int end, String rule,
                         String name, String level, String code, List<String> parents, boolean foreign) {
        this(docId, surface, start, end, rule, name, level, code, parents, foreign, null, null);
    }

    @Override
    public RegionMention onPage(Page p) {
        return new RegionMention(docId, surface, start, end, rule, name, level, code, parents, foreign,
                p == null ? null : p.number(), p == null ? null : p.label());
    }
}
