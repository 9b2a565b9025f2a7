package com.policyminer.extract.region;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives the short form of an official province or city name: 甘肃省 → 甘肃, 内蒙古自治区 → 内蒙古,
 * 广西壮族自治区 → 广西, 延边朝鲜族自治州 → 延边, 锡林郭勒盟 → 锡林郭勒. Districts get no derived
 * short form (see district-short-forms.txt).
 */
final class ShortForms {

    /** The 55 officially recognized minority nationalities, as they appear in autonomous-area names. */
    private static final String ETHNIC = "(?:蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤"
            + "|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒"
            + "|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺)族?";
    private static final Pattern AUTONOMOUS = Pattern.compile("^(.{2,}?)(?:" + ETHNIC + ")*自治[区州]$");
    private static final String[] SUFFIXES = {"特别行政区", "自治区", "地区", "省", "市", "盟"};

    private ShortForms() {
    }

    private static final Pattern DISTRICT =
            Pattern.compile("^(.{2,}?)(?:(?:" + ETHNIC + ")*自治[县旗]|新区|区|县|市|旗)$");

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
