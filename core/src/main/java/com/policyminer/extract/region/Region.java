package com.policyminer.extract.region;

import java.util.List;
import java.util.Objects;

/**
 * One place of the gazetteer.
 *
 * @param name    canonical name (甘肃省, 兰州市, 西咸新区, 长三角, 日本 …)
 * @param level   province (incl. municipalities, autonomous regions, HK/MO/TW), city (prefecture level),
 *                district (county level, incl. county-level cities), new-area (national new areas),
 *                zone (science cities, parks, corridors, development zones), subregion (关中, 陕北, 苏南),
 *                macro-region (京津冀, 长三角, 西北 …), foreign-country, foreign-region, foreign-city
 * @param code    official division code (GB/T 2260 style), or "" when it has none
 * @param parents parent chain, nearest first (兰州市 → [甘肃省, 西北])
 * @param aliases other names it is matched by (short forms such as 兰州, 内蒙古; 长江三角洲 for 长三角)
 * @param foreign true for places outside China
 * @param members for macro-regions, the canonical names of their members (长三角 → 上海市, 江苏省 …)
 */
public record Region(String name, String level, String code, List<String> parents, List<String> aliases,
                     boolean foreign, List<String> members) {

    public Region {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(level, "level");
        code = code == null ? "" : code;
        parents = parents == null ? List.of() : List.copyOf(parents);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        members = members == null ? List.of() : List.copyOf(members);
    }

    /** Code when it has one, else the name: unique across the gazetteer. */
    public String key() {
        return code.isEmpty() ? name : code;
    }

    public boolean isMacroRegion() {
        return level.equals("macro-region");
    }
}
