package com.policyminer.extract.figures;

import com.policyminer.extract.text.TextChecks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in running text: amounts with units, percentages and percentage points, 成,
 * 百分之…, multiples, fractions, ranges and bound pairs, ranks (第N位, 首位), counts with
 * classifiers, durations (30多年, 5年-9年), composite index values (指数为0.383) and numbers written
 * as LaTeX math. A bare number with no unit is never a figure, which keeps out citation markers,
 * section numbers, phone numbers, postcodes and issue numbers; years ("2020年") have no unit either.
 */
final class FigureScanner {

    /** The characters a number starts with (see {@link QuantityReader#NUMBERS}). */
    static final String NUMBER_STARTS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千";
    /** What 分之 (a fraction) and 分别 start with. */
    static final String FEN = "分";
    private static final String STRUCTURE_STARTS = "结比构";
    /** The first characters of this scanner's searches, for {@link StartPositions}. */
    static final List<String> STARTS = List.of(NUMBER_STARTS, "百", FEN, "一", "首", STRUCTURE_STARTS);
    private static final StartPositions.Plan PLAN = new StartPositions.Plan(STARTS);
    private static final Pattern RANGE_JOIN = Pattern.compile("\\s?(至|到|~|～|—|－|-|–)\\s?");
    private static final Pattern PERCENT_WORDS = Pattern.compile(
            "百分之(" + QuantityReader.CHINESE_RUN + "(?:点[零〇一二三四五六七八九]+)?|[0-9.]+)");
    private static final Pattern NUMERAL_RUN = Pattern.compile(QuantityReader.CHINESE_RUN + "|[0-9]+");
    private static final Pattern HALF = Pattern.compile("一半(?<=[的占过近逾约]一半)");
    private static final Pattern LISTED_NEXT = Pattern.compile("\\s?[和、及]\\s?");
    /** The characters {@link #RANGE_JOIN} and {@link #LISTED_NEXT} join with. */
    private static final String RANGE_JOINERS = "至到~～—－-–";
    /** Between an index word and its value: 指数为0.383, 得分：85.6. */
    private static final String INDEX_LINK = " 为是达到：:";
    private static final String LISTED_JOINERS = "和、及";
    private static final Pattern RANK_NEXT = Pattern.compile("\\s?([、和及])\\s?(第\\s?)?([0-9]+|[一二三四五六七八九十]+)(\\s?[位名])?");
    private static final Pattern FIRST_PLACE = Pattern.compile("首位|首(?![都府席次批个届期先部创发选家位])"); // 位居首位, 居首
    private static final Pattern RANK_VERB_BEFORE = Pattern.compile(".*(居|列)[^，。；]{0,3}");
    /** What a 第N大 ranks: trading partners, markets, economies, sources, industries. */
    private static final Pattern RANKED_AS = Pattern.compile(
            "[\\p{IsHan}]{0,3}(?:伙伴|市场|经济体|贸易国|来源地|产业|城市|股东|客户|出口国|进口国|投资国|港口)");
    private static final String ORDINAL_NOUNS = "个批次期届步梯行章条节阶种类轮年月日天代";
    private static final String BOUNDARY = "，。；、的和及）)：: \n;,";
    private static final String NOT_BEFORE_CHINESE = "这那每其第前";
    private static final int QUOTED_NAME = 10;

    private final FigureVocabulary vocabulary;
    private final QuantityReader reader;
    private final QualifierReader qualifiers;
    private final BoundPairs bounds;
    private final MathNumbers math;
    /** The last characters of the index words (指数, 得分 …): a cheap test before the look-up. */
    private final String indexWordEnds;

    FigureScanner(FigureVocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.reader = new QuantityReader(vocabulary);
        this.qualifiers = new QualifierReader(vocabulary);
        this.bounds = new BoundPairs(vocabulary, reader, qualifiers);
        this.math = new MathNumbers(vocabulary, reader, qualifiers);
        StringBuilder ends = new StringBuilder();
        vocabulary.words("index").forEach(w -> ends.append(w.charAt(w.length() - 1)));
        this.indexWordEnds = ends.toString();
    }

    /** Figures in {@code text[from, to)}, in reading order. */
    List<Found> scan(String text, int from, int to) {
        return scan(text, from, to, PLAN.index(text));
    }

    /** Figures in {@code text[from, to)}, in reading order; {@code starts} indexes the text for {@link #STARTS}. */
    List<Found> scan(String text, int from, int to, StartPositions starts) {
        List<Found> out = new ArrayList<>();
        List<MathNumbers.Span> mathSpans = math.scan(text, from, to);
        for (MathNumbers.Span span : mathSpans) {
            if (span.figure() != null) {
                out.add(span.figure());
            }
        }
        int nextMath = 0;
        StartPositions.Finder numbers = starts.finder(QuantityReader.NUMBER, NUMBER_STARTS, text, from, to);
        int next = from;
        while (numbers.find()) {
            Matcher m = numbers.match();
            while (nextMath < mathSpans.size() && mathSpans.get(nextMath).end() <= m.start()) {
                nextMath++;
            }
            if (nextMath < mathSpans.size() && mathSpans.get(nextMath).start() <= m.start()) {
                next = Math.max(next, mathSpans.get(nextMath).figure() == null ? mathSpans.get(nextMath).end()
                        : mathSpans.get(nextMath).figure().end());
            }
            if (m.start() < next || insideQuotedName(text, m.start(), m.end())) {
                continue;
            }
            List<Found> found = at(text, m, to);
            for (Found f : found) {
                out.add(f);
                next = Math.max(next, f.end());
            }
        }
        StartPositions.Finder percentWords = starts.finder(PERCENT_WORDS, "百", text, from, to);
        while (percentWords.find()) {
            Matcher pw = percentWords.match();
            double v = NumberText.parse(pw.group(1));
            out.add(qualifiers.qualify(text, new Quantity(pw.start(), pw.end(), pw.group(1), v,
                    NumberText.isChinese(pw.group(1).charAt(0)), "%", 0.01, "ratio", "level"), "percent-words"));
        }
        int[] fen = starts.at(FEN);
        for (int i = StartPositions.firstAtOrAfter(fen, from); i < fen.length && fen[i] < to; i++) {
            int at = fen[i];
            if (at + 1 >= text.length() || text.charAt(at + 1) != '之') {
                continue;
            }
            Found fraction = fractionAround(text, at, from, to);
            if (fraction != null) {
                out.add(fraction);
            }
        }
        StartPositions.Finder halves = starts.finder(HALF, "一", text, from, to);
        while (halves.find()) {
            Matcher half = halves.match();
            out.add(qualifiers.qualify(text, new Quantity(half.start(), half.end(), half.group(), 0.5, true, "", 1, "ratio",
                    "level"), "half"));
        }
        structureRatios(text, from, to, out, starts);
        StartPositions.Finder firstPlaces = starts.finder(FIRST_PLACE, "首", text, from, to);
        while (firstPlaces.find()) {
            Matcher fp = firstPlaces.match();
            if (RANK_VERB_BEFORE.matcher(before(text, fp.start(), 4)).matches()) {
                out.add(rank(fp.start(), fp.end(), "首", 1, "", "rank-first"));
            }
        }
        out.replaceAll(f -> signed(text, f));
        out.replaceAll(f -> perHectare(text, f));
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** After an amount of yuan, LaTeX for "per hectare": {@code $\cdot \mathrm{hm}^{-2}$}, {@code $/ \mathrm{hm}^{2}$}. */
    private static final Pattern PER_HECTARE = Pattern.compile(
            "\\s?\\$\\s*(?:\\\\cdot|/)\\s*\\\\mathrm\\s*\\{\\s*h\\s*m\\s*\\}\\s*(?:\\^\\s*\\{?\\s*-\\s*2\\s*\\}?|\\^\\s*\\{?\\s*2\\s*\\}?)\\s*\\$");

    /** 4579.1元 $\cdot \mathrm { h m } ^ { - 2 }$ (an OCR'd paper): yuan per hectare, the span taking in the unit. */
    private static Found perHectare(String text, Found f) {
        if (!f.normalizedUnit().equals("CNY") || f.end() >= text.length() || text.indexOf('$', f.end()) != f.end() + (text.charAt(f.end()) == ' ' ? 1 : 0)) {
            return f;
        }
        Matcher m = PER_HECTARE.matcher(text).region(f.end(), Math.min(text.length(), f.end() + 60));
        if (!m.lookingAt()) {
            return f;
        }
        return new Found(f.start(), m.end(), f.rule(), f.numberText(), f.value(), f.unit() + "/hm2", f.normalizedValue(),
                "CNY/ha", f.kind(), f.qualifier(), f.low(), f.high());
    }

    /**
     * 同比-4%, 总出口+6%: a sign written right before a change or a share, after a word (not after a number:
     * 5-10% is a range), is the value's sign. The figure then begins at the sign.
     */
    private static Found signed(String text, Found f) {
        int s = f.start();
        if (s < 2 || !f.normalizedUnit().equals("ratio") && !f.normalizedUnit().equals("pp")
                || !Character.isDigit(text.charAt(s)) || f.low() != f.high()) {
            return f;
        }
        char sign = text.charAt(s - 1);
        char before = text.charAt(s - 2);
        boolean minus = sign == '-' || sign == '−' || sign == '－';
        if (!minus && sign != '+' && sign != '＋' || Character.isLetterOrDigit(before) && !Character.isIdeographic(before)
                || before == '.' || before == '%') {
            return f;
        }
        double k = minus ? -1 : 1;
        return new Found(s - 1, f.end(), f.rule(), sign + f.numberText(), k * f.value(), f.unit(), k * f.normalizedValue(),
                f.normalizedUnit(), f.kind(), f.qualifier(), k * f.low(), k * f.high());
    }

    /** 三次产业结构比例为6.01:55.04:38.95: a structure written as a ratio of parts that sum to 100. */
    private static final Pattern STRUCTURE = Pattern.compile(
            "(?:结构|比例|结构比|构成)[^，。；,;]{0,3}?[为是：:]\\s*([0-9]+(?:\\.[0-9]+)?(?:\\s*[:：]\\s*[0-9]+(?:\\.[0-9]+)?){1,5})");
    private static final Pattern PART = Pattern.compile("[0-9]+(?:\\.[0-9]+)?");

    /** Each part of a structure ratio whose parts sum to 100 (±1) is a share in percent (rule structure-ratio). */
    private static void structureRatios(String text, int from, int to, List<Found> out, StartPositions starts) {
        StartPositions.Finder structures = starts.finder(STRUCTURE, STRUCTURE_STARTS, text, from, to);
        while (structures.find()) {
            Matcher m = structures.match();
            List<int[]> parts = new ArrayList<>();
            double sum = 0;
            Matcher p = PART.matcher(text).region(m.start(1), m.end(1));
            while (p.find()) {
                parts.add(new int[] {p.start(), p.end()});
                sum += Double.parseDouble(p.group());
            }
            if (Math.abs(sum - 100) > 1) {
                continue; // a ratio of counts or prices, not of parts of a whole
            }
            for (int[] part : parts) {
                String n = text.substring(part[0], part[1]);
                double v = Double.parseDouble(n);
                out.add(new Found(part[0], part[1], "structure-ratio", n, v, "", v / 100, "ratio", "share", "exact",
                        v / 100, v / 100));
            }
        }
    }

    private List<Found> at(String text, Matcher m, int to) {
        int s = m.start();
        boolean chinese = NumberText.isChinese(text.charAt(s));
        if (chinese && text.startsWith("百分之", s) || text.startsWith("分之", m.end())
                || s > 0 && text.startsWith("分之", s - 2)
                || chinese && s > 1 && text.charAt(s - 1) == '点' && NumberText.isChinese(text.charAt(s - 2))) {
            return List.of(); // read as a percentage or a fraction in words
        }
        char prefix = lastNonWhitespaceBefore(text, s, 2); // before(text, s, 2).strip(), its last character
        if (prefix == '第') {
            return ranks(text, m, to);
        }
        if (prefix == '前' || chinese && prefix != 0 && NOT_BEFORE_CHINESE.indexOf(prefix) >= 0) {
            return List.of(); // 前9个 (top-N), 这两个 (a reference), 第一个 (an ordinal)
        }
        Quantity q = reader.read(text, m);
        if (q == null || chinese && q.value() == 1 && q.factor() == 1 && !q.unit().equals("倍") || chinese && q.value() == 0) {
            return List.of(); // 一切, 一些, 一带一路: 一 counts nothing
        }
        Found pair = bounds.read(text, q, to);
        if (pair != null) {
            return List.of(pair);
        }
        int joinLimit = Math.min(to, q.end() + 3);
        Matcher join = mayStartWith(text, q.end(), joinLimit, RANGE_JOINERS)
                ? RANGE_JOIN.matcher(text).region(q.end(), joinLimit) : null;
        if (join != null && join.lookingAt()) {
            Matcher n2 = QuantityReader.NUMBER.matcher(text).region(join.end(), to);
            if (n2.lookingAt()) {
                Quantity hi = reader.read(text, n2);
                Quantity lo = hi == null ? null : q.withUnitOf(hi);
                if (hi != null && hi.hasUnit() && (!q.hasUnit() || q.unit().equals(hi.unit()))
                        && lo.normalized() <= hi.normalized()) {
                    Found f = qualifiers.qualify(text, new Quantity(lo.start(), hi.end(), lo.numberText() + join.group() + hi.numberText(),
                            lo.value(), lo.chinese(), hi.unit(), hi.factor(), hi.baseUnit(), hi.kind()), "range");
                    return List.of(new Found(f.start(), f.end(), "range", f.numberText(), lo.value(), hi.unit(),
                            lo.normalized(), hi.baseUnit(), f.kind(), f.qualifier(), lo.normalized(), hi.normalized()));
                }
            }
        }
        Quantity longer = longerSharedUnit(text, q, to);
        if (longer != null) {
            q = longer;
        }
        if (!q.hasUnit()) {
            Quantity shared = sharedUnit(text, q, to);
            if (shared == null && !chinese && q.unit().isEmpty() && afterIndexWord(text, q.start())) {
                shared = new Quantity(q.start(), q.end(), q.numberText(), q.value(), false, "", 1, "index", "level");
            }
            if (shared == null) {
                return List.of();
            }
            q = shared;
        }
        if (q.baseUnit().equals("years") && !markedDuration(text, q)) {
            return List.of(); // 5年 alone is mostly a period (近5年, 三年行动), not a cited figure
        }
        return List.of(qualifiers.qualify(text, q, chinese ? "chinese-" + q.kind() : q.kind()));
    }

    /** 30多年, 长达30年, 30年以上: the text marks the number of years as a duration. */
    private boolean markedDuration(String text, Quantity q) {
        int numberEnd = q.start() + q.numberText().length();
        if (numberEnd < text.length() && "多余".indexOf(text.charAt(numberEnd)) >= 0) {
            return true;
        }
        int p = q.start() > 0 && text.charAt(q.start() - 1) == ' ' ? q.start() - 1 : q.start();
        return vocabulary.words("duration-before").stream().anyMatch(w -> p >= w.length() && text.startsWith(w, p - w.length()))
                || vocabulary.words("duration-after").stream().anyMatch(w -> text.startsWith(w, q.end()));
    }

    /**
     * 综合指数为0.383, 得分：85.6: a number right after an index word is the index's value; so is each number of
     * a list after one (调整系数分别为1.43、1.31、1.18和1.06).
     */
    private boolean afterIndexWord(String text, int start) {
        int p = start;
        for (int items = 0; items < MAX_LISTED && p > 1 && LISTED_JOINERS.indexOf(text.charAt(p - 1)) >= 0; items++) {
            int q = p - 1; // back over the joiner and the number before it
            while (q > 0 && (Character.isDigit(text.charAt(q - 1)) || text.charAt(q - 1) == '.')) {
                q--;
            }
            if (q == p - 1) {
                break; // no number before the joiner
            }
            p = q;
        }
        return rightAfterIndexWord(text, p);
    }

    /** Numbers a list after an index word may hold. */
    private static final int MAX_LISTED = 30;

    private static boolean isAsciiLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private boolean rightAfterIndexWord(String text, int start) {
        int k = start;
        for (String respectively : List.of("分别为", "分别是")) {
            if (k >= respectively.length() && text.startsWith(respectively, k - respectively.length())) {
                k -= respectively.length();
                break;
            }
        }
        start = k;
        while (k > 0 && start - k < 3 && INDEX_LINK.indexOf(text.charAt(k - 1)) >= 0) {
            k--;
        }
        if (k > 2 && (text.charAt(k - 1) == '）' || text.charAt(k - 1) == ')')) { // 采购经理指数（PMI）为51.7
            int open = k - 2;
            while (open > 0 && k - open <= 10 && isAsciiLetter(text.charAt(open))) {
                open--;
            }
            if (open < k - 2 && (text.charAt(open) == '（' || text.charAt(open) == '(')) {
                k = open;
            }
        }
        if (k == 0 || indexWordEnds.indexOf(text.charAt(k - 1)) < 0) {
            return false; // most bare numbers: no index word before them, no look-up needed
        }
        String before = before(text, k, 3);
        return vocabulary.words("index").stream().anyMatch(before::endsWith);
    }

    /** "三分之一", "五分之一": denominator before 分之 at {@code at}, numerator after it; null when either is missing. */
    private Found fractionAround(String text, int at, int from, int to) {
        int start = at;
        while (start > from && NUMERAL_RUN.matcher(text.substring(start - 1, at)).matches()) {
            start--;
        }
        Matcher numerator = NUMERAL_RUN.matcher(text).region(at + 2, to);
        String denominator = text.substring(start, at);
        if (start == at || denominator.equals("百") || !numerator.lookingAt()) {
            return null; // 百分之 is a percentage, read above
        }
        // the longest numerals that read as numbers: "三分之二一般公共预算收入" is 2/3 before 一般, not 二一
        int numeratorEnd = numerator.end();
        while (numeratorEnd > at + 2 && !NumberText.isNumber(text.substring(at + 2, numeratorEnd))) {
            numeratorEnd--;
        }
        while (start < at && !NumberText.isNumber(text.substring(start, at))) {
            start++;
        }
        if (numeratorEnd == at + 2 || start == at) {
            return null;
        }
        double v = NumberText.parse(text.substring(at + 2, numeratorEnd)) / NumberText.parse(text.substring(start, at));
        return qualifiers.qualify(text, new Quantity(start, numeratorEnd, text.substring(start, numeratorEnd), v, true,
                "", 1, "ratio", "level"), "fraction-words");
    }

    /** "251和892个": a bare number listed before one with a unit takes that unit. */
    private Quantity sharedUnit(String text, Quantity q, int to) {
        Quantity at = q;
        for (int items = 0; items < MAX_LISTED; items++) { // 3.3、1.4、1.1倍: the unit of the list's last number
            if (!mayStartWith(text, at.end(), to, LISTED_JOINERS)) {
                return null; // most numbers: no 和/、/及 after them, no matcher needed
            }
            Matcher next = LISTED_NEXT.matcher(text).region(at.end(), to);
            if (!next.lookingAt()) {
                return null;
            }
            Matcher n2 = QuantityReader.NUMBER.matcher(text).region(next.end(), to);
            if (!n2.lookingAt()) {
                return null;
            }
            Quantity other = reader.read(text, n2);
            if (other == null || other.chinese()) {
                return null;
            }
            if (other.hasUnit()) {
                return q.withUnitOf(other);
            }
            at = other;
        }
        return null;
    }

    /** "提高0.43个和0.19个百分点": a unit that the next listed number's unit extends is that unit. */
    private Quantity longerSharedUnit(String text, Quantity q, int to) {
        if (!q.hasUnit()) {
            return null;
        }
        if (!mayStartWith(text, q.end(), to, LISTED_JOINERS)) {
            return null; // most numbers: no 和/、/及 after them, no matcher needed
        }
        Matcher next = LISTED_NEXT.matcher(text).region(q.end(), to);
        if (!next.lookingAt()) {
            return null;
        }
        Matcher n2 = QuantityReader.NUMBER.matcher(text).region(next.end(), to);
        Quantity other = n2.lookingAt() ? reader.read(text, n2) : null;
        return other != null && other.unit().length() > q.unit().length() && other.unit().startsWith(q.unit())
                ? q.withUnitOf(other) : null;
    }

    private List<Found> ranks(String text, Matcher m, int to) {
        int s = m.start();
        int firstChar = text.lastIndexOf('第', s);
        int p = QuantityReader.skipSpace(text, m.end());
        String unit = "";
        if (p < text.length() && (text.charAt(p) == '位' || text.charAt(p) == '名')) {
            unit = String.valueOf(text.charAt(p));
            p++;
        } else if (p + 1 < text.length() && text.charAt(p) == '大' && text.charAt(p + 1) == '的') {
            unit = "大";
            p++;
        } else if (p + 1 < text.length() && text.charAt(p) == '大' && RANKED_AS.matcher(text).region(p + 1, Math.min(to, p + 8)).lookingAt()) {
            unit = "大"; // 第一大贸易伙伴, 第二大出口市场: the rank among partners, markets, economies
            p++;
        } else if (p < text.length() && (ORDINAL_NOUNS.indexOf(text.charAt(p)) >= 0 || BOUNDARY.indexOf(text.charAt(p)) < 0)) {
            return List.of(); // 第三批, 第一个, 第16期, 第二梯队
        }
        String context = before(text, firstChar, 6);
        boolean rankContext = vocabulary.words("rank").stream().anyMatch(context::contains) || !unit.isEmpty();
        if (!rankContext || unit.equals("名") && context.contains("前")) {
            return List.of();
        }
        double v = NumberText.parse(m.group());
        List<Found> out = new ArrayList<>();
        out.add(rank(firstChar, p, m.group(), v, unit, "rank"));
        Matcher more = RANK_NEXT.matcher(text).region(p, to);
        while (more.lookingAt() && more.group(2) == null) {
            String u = more.group(4) == null ? "" : more.group(4).strip();
            int numStart = more.start(3);
            out.add(rank(numStart, more.end(), more.group(3), NumberText.parse(more.group(3)), u, "rank-list"));
            more.region(more.end(), to);
        }
        return out;
    }

    private static Found rank(int start, int end, String number, double v, String unit, String rule) {
        return new Found(start, end, rule, number, v, unit, v, "rank", "rank", "exact", v, v);
    }

    /** Inside short quotes (“十四五”, “两个大局”, “1+8”): a name, not a figure. */
    private static boolean insideQuotedName(String text, int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(0, start - QUOTED_NAME); k--) {
            char c = text.charAt(k);
            if (c == '”') {
                return false;
            }
            if (c == '“') {
                open = k;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        for (int k = end; k < Math.min(text.length(), open + QUOTED_NAME + 1); k++) {
            if (text.charAt(k) == '”') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code \\s?[joiners]} can match at {@code from} within {@code limit}: a cheap necessary
     * condition tested before a matcher is made for the full pattern.
     */
    private static boolean mayStartWith(String text, int from, int limit, String joiners) {
        if (from < limit && joiners.indexOf(text.charAt(from)) >= 0) {
            return true;
        }
        return from + 1 < limit && TextChecks.isRegexSpace(text.charAt(from)) && joiners.indexOf(text.charAt(from + 1)) >= 0;
    }

    /** The last non-whitespace character of the {@code n} before {@code pos}, or 0 when there is none. */
    private static char lastNonWhitespaceBefore(String text, int pos, int n) {
        for (int k = pos - 1; k >= Math.max(0, pos - n); k--) {
            if (!Character.isWhitespace(text.charAt(k))) {
                return text.charAt(k);
            }
        }
        return 0;
    }

    static String before(String text, int pos, int n) {
        return text.substring(Math.max(0, pos - n), pos);
    }
}
