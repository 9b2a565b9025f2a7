package com.policyminer.extract.policy;

import com.policyminer.model.PolicyMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plan periods and programmes a text names without 《》: “十四五”, 十三五, “十五五”规划(建议|纲要)
 * (kind period, rule plan-period), and a quoted name with a programme word right after its closing
 * quote, “放管服”改革, “结对帮扶·爱心甘肃”工程 (kind programme, rule quoted-programme).
 */
final class UnbracketedNames {

    private static final Pattern PERIOD = Pattern.compile(
            "[“\"]?(十[一二三四五六七八九]五)[”\"]?((?:规划)(?:纲要|建议)?)?");
    private static final Pattern QUOTED_PROGRAMME = Pattern.compile(
            "“([\\p{IsHan}·]{2,12})”(工程|改革|行动|计划|战略|试点)");

    private UnbracketedNames() {
    }

    /** The periods and programmes in {@code text} outside {@code taken} (titles, listed strategies). */
    static List<PolicyMention> find(String docId, String text, boolean[] taken) {
        List<PolicyMention> out = new ArrayList<>();
        Matcher p = PERIOD.matcher(text);
        while (p.find()) {
            if (free(taken, p.start(), p.end()) && !continuesNumber(text, p.start(), p.end())) {
                String title = p.group(1) + (p.group(2) == null ? "" : p.group(2));
                out.add(new PolicyMention(docId, p.group(), p.start(), p.end(), "plan-period", title, "period",
                        true, "", "", ""));
            }
        }
        Matcher q = QUOTED_PROGRAMME.matcher(text);
        while (q.find()) {
            if (free(taken, q.start(), q.end())) {
                out.add(new PolicyMention(docId, q.group(), q.start(), q.end(), "quoted-programme",
                        q.group(1) + q.group(2), "programme", true, "", "", ""));
            }
        }
        return out;
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
