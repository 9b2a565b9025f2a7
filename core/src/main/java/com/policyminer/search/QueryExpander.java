package com.policyminer.search;

import java.util.List;

/**
 * Other phrases that name what a query phrase names. A port: the search package knows no gazetteer or
 * concept table.
 */
@FunctionalInterface
public interface QueryExpander {

    /**
     * Alternatives of one phrase, best first, without the phrase itself.
     *
     * @param equivalent names of the same thing: an indicator's synonyms (研发投入强度 → R&D经费投入强度, 研发强度 …),
     *                   a region's aliases (长三角 → 长江三角洲)
     * @param partial    names of a part of it: the members of an abbreviation (苏浙皖 → 江苏, 浙江, 安徽), the
     *                   places below a region (西安 → 雁塔区 …); a report naming one ranks below one naming the whole
     * @param policies   names under which reports record the policy the phrase names (a strategy's canonical
     *                   name for its alias, a title as normalized): a report citing it in another form, or by
     *                   a short name it defines (以下简称《方案》), matches as an equivalent
     * @param place      the place the phrase names (its canonical name, as reports record the places they
     *                   mention), or "": a report whose text has the phrase but not as that place (东北、西北
     *                   四个片区 of a province) matches it only as an equivalent, below one that names the place
     */
    record Alternatives(List<String> equivalent, List<String> partial, List<String> policies, String place) {

        public static final Alternatives NONE = new Alternatives(List.of(), List.of(), List.of(), "");

        public Alternatives {
            equivalent = List.copyOf(equivalent);
            partial = List.copyOf(partial);
            policies = List.copyOf(policies);
            place = place == null ? "" : place;
        }

        public Alternatives(List<String> equivalent, List<String> partial) {
            this(equivalent, partial, List.of(), "");
        }
    }

    /** @param subRegions also the places below a region */
    Alternatives alternatives(String phrase, boolean subRegions);

    /** No expansion. */
    QueryExpander NONE = (phrase, subRegions) -> Alternatives.NONE;
}
