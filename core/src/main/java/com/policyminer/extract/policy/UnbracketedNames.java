package com.policyminer.extract.policy;

import com.policyminer.extract.text.FirstCharPattern;
import com.policyminer.model.PolicyMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan periods and programmes a text names without 《》: “十四五”, 十三五, “十五五”规划(建议|纲要)
 * (kind period, rule plan-period), and a quoted name with a programme word right after its closing
 * quote, “放管服”改革, “结对帮扶·爱心甘肃”工程 (kind programme, rule quoted-programme); power links
 * between provinces named by their abbreviations, 陇电入鲁工程 (rule power-link); models in quotes,
 * “合肥模式” (rule quoted-name); numbered sets in quotes, the 提法 of policy writing, “四个服务”, “两区”,
 * “新两翼” (kind slogan, rule quoted-slogan).
 */
final class UnbracketedNames {

    private static final Pattern PERIOD = Pattern.compile(
            "[“\"]?(十[一二三四五六七八九]五)[”\"]?((?:规划)(?:纲要|建议)?)?");
    /**
     * The patterns below searched only where their first character stands ({@link FirstCharPattern}: the same
     * matches as {@code Matcher.find()}); each {@code find()} over the whole text tried every position, four
     * passes over each report, 1.5% of a cold ingest's CPU.
     */
    private static final FirstCharPattern PERIODS = FirstCharPattern.of(PERIOD, "“\"十");
    private static final FirstCharPattern QUOTED_PROGRAMME = FirstCharPattern.of(
            "“([\\p{IsHan}·]{2,12})”(工程|改革|行动|计划|战略|试点)", "“");
    /**
     * A numbered set in quotes: “四个服务”, “两区”, “新两翼”, “三区三线”, “五位一体”. A set of one (“一核”,
     * “一老一小”) is a part or a theme, not a name.
     */
    private static final FirstCharPattern QUOTED_SLOGAN = FirstCharPattern.of(
            "“(新?[二两三四五六七八九十双]个?[\\p{IsHan}]{1,5})”", "“");
    /** A model named in quotes: “合肥模式”, “枫桥经验”. */
    private static final FirstCharPattern QUOTED_MODEL = FirstCharPattern.of("“([\\p{IsHan}]{2,8}(?:模式|经验))”", "“");
    /** Power sent from one province to another, named by their one-character abbreviations: 陇电入鲁工程, 疆电外送. */
    private static final String PROVINCE = "[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔滇藏陕甘陇青宁新疆]";
    private static final Pattern POWER_LINK = Pattern.compile(
            "(" + PROVINCE + "电(?:入|送|进)" + PROVINCE + "|" + PROVINCE + "电外送)(工程|通道|直流工程|特高压(?:直流)?工程)?");

    private UnbracketedNames() {
    }

    /** The periods and programmes in {@code text} outside {@code taken} (titles, listed strategies). */
    static List<PolicyMention> find(String docId, String text, boolean[] taken) {
        List<PolicyMention> out = new ArrayList<>();
        FirstCharPattern.Finder periods = PERIODS.finder(text);
        while (periods.find()) {
            Matcher p = periods.match();
            if (free(taken, p.start(), p.end()) && !continuesNumber(text, p.start(), p.end())) {
                String title = p.group(1) + (p.group(2) == null ? "" : p.group(2));
                out.add(new PolicyMention(docId, p.group(), p.start(), p.end(), "plan-period", title, "period",
                        true, "", "", ""));
            }
        }
        boolean[] used = taken.clone();
        out.forEach(m -> java.util.Arrays.fill(used, m.start(), m.end(), true));
        FirstCharPattern.Finder programmes = QUOTED_PROGRAMME.finder(text);
        while (programmes.find()) {
            Matcher q = programmes.match();
            add(out, used, docId, q, "quoted-programme", q.group(1) + q.group(2));
        }
        // 陇电入鲁, 疆电外送: looked for only at a 电 before 入/送/进/外 (one regex over the whole text cost 2.5% of an ingest)
        Matcher power = POWER_LINK.matcher(text);
        for (int at = text.indexOf('电', 1); at >= 0 && at + 1 < text.length(); at = text.indexOf('电', at + 1)) {
            if ("入送进外".indexOf(text.charAt(at + 1)) < 0) {
                continue;
            }
            power.region(at - 1, text.length());
            if (power.lookingAt()) {
                add(out, used, docId, power, "power-link", power.group(1) + (power.group(2) == null ? "" : power.group(2)));
            }
        }
        FirstCharPattern.Finder models = QUOTED_MODEL.finder(text);
        while (models.find()) {
            Matcher model = models.match();
            add(out, used, docId, model, "quoted-name", model.group(1));
        }
        FirstCharPattern.Finder slogans = QUOTED_SLOGAN.finder(text);
        while (slogans.find()) {
            Matcher slogan = slogans.match();
            if (!PERIOD.matcher(slogan.group(1)).matches()) {
                add(out, used, docId, slogan, "quoted-slogan", slogan.group(1), "slogan");
            }
        }
        out.sort(java.util.Comparator.comparingInt(PolicyMention::start));
        return out;
    }

    private static void add(List<PolicyMention> out, boolean[] used, String docId, Matcher m, String rule, String title) {
        add(out, used, docId, m, rule, title, "programme");
    }

    private static void add(List<PolicyMention> out, boolean[] used, String docId, Matcher m, String rule, String title,
                            String kind) {
        if (free(used, m.start(), m.end())) {
            out.add(new PolicyMention(docId, m.group(), m.start(), m.end(), rule, title, kind, true, "", "", ""));
            java.util.Arrays.fill(used, m.start(), m.end(), true);
        }
    }

    private static boolean free(boolean[] taken, int start, int end) {
        for (int i = start; i < end; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** 第十四五 or 十四五十: part of a longer numeral, not a plan period. */
    private static boolean continuesNumber(String text, int start, int end) {
        boolean before = start > 0 && "第一二三四五六七八九十百".indexOf(text.charAt(start - 1)) >= 0;
        boolean after = end < text.length() && "一二三四五六七八九十百千万".indexOf(text.charAt(end)) >= 0;
        return before || after;
    }
}
