package com.policyminer.search;

import java.util.List;

/**
 * Other phrases that name what a query phrase names: an indicator's synonyms (研发投入强度 →
 * R&D经费投入强度, 研发强度 …), a region's aliases and the members of an abbreviation (长三角 → 长江三角洲;
 * 苏浙皖 → 江苏, 浙江, 安徽), and with {@code subRegions} the places below a region (西安 → 雁塔区 …).
 * A port: the search package knows no gazetteer or concept table.
 */
@FunctionalInterface
public interface QueryExpander {

    /** Alternatives for {@code phrase}, without the phrase itself, best first; empty when it names nothing known. */
    List<String> alternatives(String phrase, boolean subRegions);

    /** No expansion. */
    QueryExpander NONE = (phrase, subRegions) -> List.of();
}
