package com.policyminer.extract.org;

import com.policyminer.extract.region.Gazetteer;
import com.policyminer.extract.region.Region;
import com.policyminer.extract.text.SurfaceTrie;
import com.policyminer.model.OrganizationMention;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 省委, 省人民政府, 市委, 省政协 without a place: in a province's or a city's own report they are that
 * province's or city's bodies (甘肃省政府工作报告: 省委 → 中共甘肃省委). The home place is the province
 * (or the city) the text names most often, at least {@link #MIN_MENTIONS} times; without one, nothing is found.
 */
final class HomePlaceBodies {

    private static final int MIN_MENTIONS = 3;
    private static final List<String> MUNICIPALITIES = List.of("北京市", "天津市", "上海市", "重庆市");
    /** Written form, level (province or city), what follows the place in the canonical name, kind. */
    private static final String[][] FORMS = {
        {"省人民政府", "province", "人民政府", "government"}, {"省政府", "province", "人民政府", "government"},
        {"省政协", "province", "政协", "government"}, {"省委", "province", "委", "party"},
        {"市人民政府", "city", "人民政府", "government"}, {"市政府", "city", "人民政府", "government"},
        {"市政协", "city", "政协", "government"}, {"市委", "city", "委", "party"},
    };
    private static final String NOT_BEFORE = "各全本该外两三多每兄友";

    private HomePlaceBodies() {
    }

    static List<OrganizationMention> find(String docId, String text, Gazetteer gazetteer, BitSet taken,
                                          OrganizationRules rules) {
        Map<String, Optional<String>> home = homePlaces(text, gazetteer);
        List<OrganizationMention> out = new ArrayList<>();
        for (String[] form : FORMS) {
            Optional<String> place = home.get(form[1]);
            if (place.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(form[0]); at >= 0; at = text.indexOf(form[0], at + 1)) {
                int end = at + form[0].length();
                boolean bare = at == 0 || !isHan(text.charAt(at - 1)) || NOT_BEFORE.indexOf(text.charAt(at - 1)) < 0
                        && gazetteer.surfaceFormTrie().longestAt(text, Math.max(0, at - 1), at) == 0 && !endsPlace(text, at, gazetteer);
                if (!bare || !taken.get(at, end).isEmpty() || rules.suffixStartsAt(text, end)) {
                    continue;
                }
                String name = form[2].equals("委") ? "中共" + place.get() + "委" : place.get() + form[2];
                out.add(new OrganizationMention(docId, form[0], at, end, "home-place-body", name, form[3],
                        MUNICIPALITIES.contains(place.get()) ? "province" : form[1], ""));
                taken.set(at, end);
            }
        }
        return out;
    }

    private static boolean endsPlace(String text, int at, Gazetteer gazetteer) {
        for (int len = Math.min(at, 8); len >= 2; len--) {
            if (gazetteer.isSurfaceForm(text.substring(at - len, at))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** The province and the city the text names most often (a municipality is both), if named often enough. */
    private static Map<String, Optional<String>> homePlaces(String text, Gazetteer gazetteer) {
        Map<String, Integer> provinces = new HashMap<>();
        Map<String, Integer> cities = new HashMap<>();
        SurfaceTrie trie = gazetteer.surfaceFormTrie();
        for (int i = trie.nextPossibleStart(text, 0); i < text.length(); i = trie.nextPossibleStart(text, i + 1)) {
            int len = trie.longestAt(text, i, Math.min(text.length(), i + 12));
            if (len < 2) {
                continue;
            }
            Optional<Region> r = gazetteer.lookup(text.substring(i, i + len));
            if (r.isPresent() && !r.get().foreign()) {
                String name = r.get().name();
                if (r.get().level().equals("province")) {
                    provinces.merge(name, 1, Integer::sum);
                    if (MUNICIPALITIES.contains(name)) {
                        cities.merge(name, 1, Integer::sum);
                    }
                } else if (r.get().level().equals("city")) {
                    cities.merge(name, 1, Integer::sum);
                }
            }
            i += len - 1;
        }
        return Map.of("province", top(provinces), "city", top(cities));
    }

    private static Optional<String> top(Map<String, Integer> counts) {
        return counts.entrySet().stream().filter(e -> e.getValue() >= MIN_MENTIONS)
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey);
    }
}
