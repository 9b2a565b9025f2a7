package com.policyminer.parse;

import com.policyminer.model.TextBlock;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Guesses a report's title from its first lines when no metadata gives one. Reports open with
 * series names (西咸研究, 中银研究产品系列), issue numbers, authors and dates; the title is a
 * heading-like line, often repeated above the body, and usually names what the report does
 * (研究, 建议, 考虑 …).
 */
final class TitleGuess {

    private static final int LINES = 40;
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "系列|简报|作者|电话|联系人|摘要|关键词|编者按|审稿|签发|传阅|对外公开|内参|第.{1,4}期|\\d{4}\\s*年\\s*\\d{1,2}\\s*月");
    private static final Pattern INSTITUTION = Pattern.compile(".*(研究院|研究所|中心|课题组|大学|学院|部|局|委员会|办公室|银行|公司|集团)$");
    private static final Pattern TITLE_WORDS = Pattern.compile("研究|建议|思考|考虑|报告|分析|对策|路径|规划|方案|意见|展望|评估|观察");

    private TitleGuess() {
    }

    static String from(String text, List<TextBlock> blocks) {
        String best = "";
        int bestScore = -1;
        int seen = 0;
        for (TextBlock b : blocks) {
            if (b.kind() == TextBlock.Kind.TABLE || seen++ >= LINES) {
                continue;
            }
            String line = text.substring(b.start(), b.end()).strip().replaceAll("[*＊]+$", "");
            if (!headingLike(line)) {
                continue;
            }
            int score = (TITLE_WORDS.matcher(line).find() ? 1 : 0) + (line.length() >= 12 ? 1 : 0)
                    + (repeatedAsALine(text, line, b.end()) ? 2 : 0);
            if (score > bestScore) {
                best = line;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean repeatedAsALine(String text, String line, int from) {
        return Pattern.compile("(?m)^[\\s*＊]*" + Pattern.quote(line) + "[\\s*＊]*$").matcher(text).region(from, text.length()).find();
    }

    private static boolean headingLike(String s) {
        if (s.length() < 6 || s.length() > 60 || s.indexOf('\t') >= 0) {
            return false;
        }
        char first = s.charAt(0);
        if ("-*•·(（[【#>".indexOf(first) >= 0 || Character.isDigit(first)) {
            return false;
        }
        for (char c : "。；：:!?,，？！".toCharArray()) {
            if (s.indexOf(c) >= 0) {
                return false;
            }
        }
        long han = s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
        return han >= 4 && !NOT_A_TITLE.matcher(s).find() && !INSTITUTION.matcher(s).matches();
    }
}
