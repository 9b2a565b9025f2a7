package com.policyminer.compare;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The default canonical form of a subject (region or organization) name when no gazetteer is wired:
 * NFKC, no white space, and the administrative suffix dropped, so 西安市 = 西安, 陕西省 = 陕西,
 * 广西壮族自治区 = 广西. A name never shrinks below two characters (沙市 stays 沙市), and districts,
 * new areas and zones keep their suffix (西咸新区 ≠ 西咸). 我国, 中国 and 国内 are 全国. Hierarchy is not resolved here: 西安 and 陕西
 * stay different subjects. Replace it with a gazetteer lookup through the {@code Function} constructors.
 */
public final class SubjectNames {

    /** Longest first, so 壮族自治区 is dropped before 自治区. */
    private static final List<String> SUFFIXES = List.of("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区",
            "自治区", "省", "市");

    /** The country as a whole, however a report names it. */
    public static final String NATIONAL = "全国";
    private static final Set<String> NATIONAL_ALIASES = Set.of("全国", "我国", "中国", "国内", "全国平均");

    private SubjectNames() {
    }

    public static Function<String, String> suffixStripping() {
        return SubjectNames::canonical;
    }

    public static String canonical(String name) {
        if (name == null) {
            return "";
        }
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        if (NATIONAL_ALIASES.contains(n)) {
            return NATIONAL;
        }
        for (String suffix : SUFFIXES) {
            if (n.endsWith(suffix) && n.length() - suffix.length() >= 2) {
                return n.substring(0, n.length() - suffix.length());
            }
        }
        return n;
    }
}
