package com.policyminer.extract.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the short form of an official province or city name: 甘肃省 → 甘肃, 内蒙古自治区 → 内蒙古,
 * 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 锡林郭勒盟 → 锡林郭勒. Districts get no derived
 * short form (see district-short-forms.txt).
 */
final class ShortForms {

    private static final Pattern AUTONOMOUS =
            Pattern.compile("^(.{2,}?)(?:[^族]{1,4}族)*(?:蒙古|维吾尔|柯尔克孜)?自治[区州]$");
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "地区", "省", "市", "盟"};

    private ShortForms() {
    }

    private static final Pattern DISTRICT =
            Pattern.compile("^(.{2,}?)(?:(?:[^族]{1,4}族)*自治县|新区|区|县|市|旗)$");

    /** The short form of a district or county (怀柔区 → 怀柔, 桐城市 → 桐城), or null. */
    static String ofDistrict(String name) {
        Matcher m = DISTRICT.matcher(name);
        return m.matches() ? m.group(1) : null;
    }

    /** The short form, or null when the name has none of at least two characters. */
    static String of(String name) {
        Matcher m = AUTONOMOUS.matcher(name);
        if (m.matches()) {
            return m.group(1);
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }
}
