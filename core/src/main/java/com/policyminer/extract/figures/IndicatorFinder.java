package com.policyminer.extract.figures;

import com.policyminer.model.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Names what a figure measures with a short noun phrase.
 * <p>With HanLP tokens (as ingest gives them) the phrase is chunked from the text: the run of
 * nouns (n, nz, nx, vn, with a, b and modifier verbs inside it) that ends right before the verbs,
 * adverbs and prepositions introducing the number ("专利授权量达到", "增加值约为"), or before a pivot
 * word when the number is a share, rank or comparison ("…投入占GDP的比重为", "…增速居全国第一",
 * "较上年增长"). The run stops at places and organizations, generic subjects (全市, 全国), years,
 * numbers and punctuation; a vocabulary word (indicators.txt) cut by that stop is kept whole. A
 * clause with no such phrase ("，同比增长8%", "、506.06亿元") takes the indicator of the previous
 * figure of its sentence; "数量居第三位" after "装置12个" becomes 装置数量.
 * <p>Without tokens, or when neither gives one, the indicator is the nearest vocabulary word before
 * the figure in its sentence, else the first one after it in its clause that has no figure of its own right
 * after it (in "…设施 2 家、…、两院院士 72 人" the 2 家 are not academicians). In a "respectively" list
 * of indicators ("工业企业数量、营业收入、企业利润总额分别是西兰的5.27倍、4.05倍、5.47倍") each
 * value takes its own.
 */
final class IndicatorFinder {

    private record Term(int start, int end, String text) {
    }

    private static final String CLAUSE_END = "，。；,;\n";
    /** Punctuation that ends a clause for the pivot search (、 and quotes do not). */
    private static final String CLAUSE_PUNCT = "，。；：,;:！？!?（）()";
    private static final String QUOTES = "“”‘’\"'「」";
    /** How far left of a figure the chunker looks, in chars. */
    private static final int REACH = 40;
    private static final int LONGEST = 20;
    /** Words after which the number is a share, rank or comparison of what comes before them. */
    private static final Set<String> PIVOTS = Set.of("占", "约占", "占比", "居", "位居", "位列", "列", "排名", "排",
            "比", "较", "相比", "相较", "是", "相当于");
    /** Nouns that name the subject or time, not the measure: the chunk stops before them. */
    private static final Set<String> STOP_NOUNS = Set.of("全市", "全省", "全区", "全县", "全国", "全球", "全年",
            "全行业", "其中", "我国", "地区", "省市", "两地", "我省", "我市", "本市", "各地", "城市", "同期", "上年", "去年", "今年", "当年", "年末",
            "年底", "目前", "期间", "方面");
    /** Words between a measure and its number that the chunk skips: 同比增长, 合计约为, 分别达到 … */
    private static final Set<String> LINKS = Set.of("同比", "合计", "总计", "共计", "累计", "分别", "年均", "平均", "总数",
            "总体", "整体");
    /** Verbs that link a measure to its number; any other verb there ("拥有93家") ends the measure's clause. */
    private static final Set<String> LINK_VERBS = Set.of("为", "达", "达到", "超过", "超", "突破", "增长", "提高", "提升",
            "下降", "降低", "增加", "减少", "上升", "回落", "接近", "逾", "约为", "仅为", "高达", "多达", "分别为", "分别是",
            "不足", "不到", "低", "高", "增", "降", "至", "到", "约", "近", "合计", "共计", "累计", "居", "列", "位居", "位列");
    /** Verbs that modify the noun after them (新增贷款, 签约项目). */
    private static final Set<String> MODIFIER_VERBS = Set.of("新增", "新设", "新建", "新签", "签约", "带动", "留学",
            "申请", "授权", "成交", "交易", "登记", "认定", "实际使用", "吸纳", "在校", "在建", "入驻");
    /** One-character heads that make a measure of a verb (申请量, 成交额, 增长率, 申请数). */
    private static final String VERB_HEADS = "量额率数值";

    private final String text;
    private final TextLayout layout;
    private final List<Term> terms = new ArrayList<>();
    private final List<Token> tokens;
    private final boolean[] entity;
    /** Per char: inside a figure (its number and unit are never part of an indicator). */
    private boolean[] inFigure = new boolean[0];
    /** Set by {@link #chunk}: the clause before the figure holds only links (、, 同比增长, 较上年提高). */
    private boolean continuation;
    /** Set by {@link #chunk}: where the clause (or the part before a pivot) starts. */
    private int clauseFrom;
    /** {@link #lineStartBefore}: where each line after the first starts, made at the first question. */
    private int[] lineStarts;

    IndicatorFinder(String text, TextLayout layout, IndicatorWords vocabulary) {
        this(text, layout, vocabulary, List.of(), new boolean[0]);
    }

    /**
     * @param tokens the document's HanLP tokens in order (empty: vocabulary only)
     * @param entity per char of {@code text}: inside a region or organization mention
     */
    IndicatorFinder(String text, TextLayout layout, IndicatorWords vocabulary, List<Token> tokens, boolean[] entity) {
        this(text, layout, vocabulary, tokens, entity, vocabulary.occurrences(text));
    }

    /** As above, given the vocabulary's occurrences in the text ({@link IndicatorWords#occurrences}). */
    IndicatorFinder(String text, TextLayout layout, IndicatorWords vocabulary, List<Token> tokens, boolean[] entity,
                    long[] occurrences) {
        this.text = text;
        this.layout = layout;
        this.tokens = tokens;
        this.entity = entity;
        boolean[] taken = new boolean[text.length()];
        // longer words first, each left to right: a word inside a longer one found earlier is not a term
        for (long occurrence : occurrences) {
            String word = vocabulary.word((int) (occurrence >>> 32));
            int at = (int) occurrence;
            boolean free = true;
            for (int k = at; k < at + word.length(); k++) {
                free &= !taken[k];
            }
            if (free) {
                for (int k = at; k < at + word.length(); k++) {
                    taken[k] = true;
                }
                terms.add(new Term(at, at + word.length(), word));
            }
        }
        terms.sort((a, b) -> Integer.compare(a.start(), b.start()));
    }

    List<String> find(List<Found> figures, List<RespectivelyList> lists) {
        List<String> out = new ArrayList<>();
        int previousSentence = -1;
        String previous = "";
        inFigure = new boolean[text.length()];
        for (Found f : figures) {
            for (int k = f.start(); k < f.end(); k++) {
                inFigure[k] = true;
            }
        }
        for (Found f : figures) {
            TextLayout.Sentence s = layout.sentenceAt(f.start());
            int sentence = s == null ? -1 : s.start();
            String sameSentence = sentence >= 0 && sentence == previousSentence ? previous : "";
            String indicator;
            if (tokens.isEmpty()) {
                indicator = single(f);
            } else {
                String chunk = chunk(f);
                String word;
                if (chunk.equals("数量") && !sameSentence.isEmpty()) {
                    indicator = sameSentence + chunk;
                } else if (!chunk.isEmpty()) {
                    indicator = chunk;
                } else if (!(word = lastWordBetween(clauseFrom, f.start())).isEmpty()) {
                    indicator = word;
                } else if (continuation && !sameSentence.isEmpty()) {
                    indicator = sameSentence;
                } else if (!(word = nounAfter(f)).isEmpty()) {
                    indicator = word; // 拥有93家独角兽企业
                } else {
                    indicator = single(f);
                }
            }
            out.add(indicator);
            previous = indicator;
            previousSentence = sentence;
        }
        for (RespectivelyList r : lists) {
            List<Term> listed = terms.stream().filter(t -> t.start() >= r.clauseStart() && t.end() <= r.wordStart()).toList();
            if (listed.size() >= 2) {
                for (int k = 0; k < r.values().size(); k++) {
                    out.set(r.values().get(k), listed.get(RespectivelyList.pick(listed.size(), r.values().size(), k)).text());
                }
            }
        }
        return out;
    }

    /** The noun phrase that names what {@code f} measures, chunked from the tokens before it; "" when none. */
    private String chunk(Found f) {
        int first = Token.firstAtOrAfter(tokens, f.start());
        int lineStart = lineStartBefore(f.start());
        int limit = Math.max(lineStart, f.start() - REACH);
        int end = first - 1;
        while (end >= 0 && blank(tokens.get(end))) {
            end--;
        }
        int gloss = end >= 0 ? matchingOpen(end, limit) : -1;
        if (gloss > 0) { // 国家重点实验区（工程实验室）34 家: the gloss in brackets is not what is counted
            end = gloss - 1;
            first = gloss;
        }
        boolean base = end >= 0 && tokens.get(end).term().equals("的"); // 不足“北上广”地区的1/4: the base, not the measure
        clauseFrom = limit;
        for (int k = first - 1; k >= 0 && tokens.get(k).start() >= limit; k--) {
            Token t = tokens.get(k);
            String term = t.term();
            if (term.length() == 1 && CLAUSE_PUNCT.indexOf(term.charAt(0)) >= 0) {
                clauseFrom = t.end();
                break;
            }
            if (PIVOTS.contains(term) || base && k < end && isLink(t) && !blank(t) && !t.pos().startsWith("u")) {
                end = k - 1;
                clauseFrom = Math.max(limit, clauseStart(k));
                break;
            }
        }
        boolean content = false;
        for (int skipped = 0; end >= 0 && tokens.get(end).start() >= limit && skipped < 6 && isLink(tokens.get(end)); skipped++) {
            content |= tokens.get(end).pos().startsWith("v") && !LINK_VERBS.contains(tokens.get(end).term());
            end--;
        }
        Token last = end >= 0 ? tokens.get(end) : null;
        continuation = !content && (last == null || last.start() < limit || last.term().equals("、")
                || last.term().length() == 1 && CLAUSE_PUNCT.indexOf(last.term().charAt(0)) >= 0 || figure(last)
                || last.pos().equals("c") || last.pos().equals("cc"));
        if (last == null || last.start() < limit || !isHead(last)) {
            return "";
        }
        int start = end;
        while (true) {
            if (start - 1 >= 0 && tokens.get(start - 1).start() >= limit && inside(tokens.get(start - 1), tokens.get(start))
                    && tokens.get(end).end() - tokens.get(start - 1).start() <= LONGEST) {
                start--;
                continue;
            }
            int open = start - 1 >= 0 ? matchingOpen(start - 1, limit) : -1;
            if (open > 0 && isHead(tokens.get(open - 1)) && tokens.get(end).end() - tokens.get(open - 1).start() <= LONGEST) {
                start = open - 1; // 国家工程（技术）研究中心: a gloss inside the phrase
                continue;
            }
            break;
        }
        while (start < end && QUOTES.indexOf(tokens.get(start).term().charAt(0)) >= 0) {
            start++;
        }
        int from = tokens.get(start).start();
        int to = tokens.get(end).end();
        for (int i = firstAtOrAfter(from - LONGEST); i < terms.size() && terms.get(i).start() < from; i++) {
            Term w = terms.get(i);
            if (w.end() > from && w.end() <= to && !entity(w.start(), from)) {
                from = w.start(); // a vocabulary word the stop cut: 地区|生产总值 after 城市
                break;
            }
        }
        StringBuilder b = new StringBuilder(to - from);
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (QUOTES.indexOf(c) < 0 && !Character.isWhitespace(c)) {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * {@code text.lastIndexOf('\n', at - 1) + 1}, looked up among the line starts, which are found once: reading
     * back from every figure is quadratic on a long line.
     */
    private int lineStartBefore(int at) {
        if (lineStarts == null) {
            int n = 0;
            int[] starts = new int[16];
            for (int k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) {
                if (n == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, n * 2);
                }
                starts[n++] = k + 1;
            }
            lineStarts = java.util.Arrays.copyOf(starts, n);
        }
        // the last line start at or before at (a line may start at at itself: the '\n' is at at - 1)
        int i = java.util.Arrays.binarySearch(lineStarts, at);
        int below = i >= 0 ? i : -i - 2;
        return below < 0 ? 0 : lineStarts[below];
    }

    /**
     * When token {@code close} closes a short bracket (（技术）, （工程实验室）) of words only, the index of its opening
     * bracket; else -1.
     */
    private int matchingOpen(int close, int limit) {
        String c = tokens.get(close).term();
        if (!c.equals("）") && !c.equals(")")) {
            return -1;
        }
        for (int k = close - 1; k >= 0 && k >= close - 6 && tokens.get(k).start() >= limit; k--) {
            Token t = tokens.get(k);
            if (t.term().equals("（") || t.term().equals("(")) {
                return k < close - 1 && tokens.get(close).start() - t.end() <= 10 ? k : -1;
            }
            if (figure(t) || t.term().length() == 1 && CLAUSE_PUNCT.indexOf(t.term().charAt(0)) >= 0) {
                return -1;
            }
        }
        return -1;
    }

    /** Where the clause holding token {@code k} starts (after the punctuation before it). */
    private int clauseStart(int k) {
        for (int j = k - 1; j >= 0; j--) {
            String term = tokens.get(j).term();
            if (term.length() == 1 && CLAUSE_PUNCT.indexOf(term.charAt(0)) >= 0) {
                return tokens.get(j).end();
            }
            if (tokens.get(k).start() - tokens.get(j).start() > REACH) {
                return tokens.get(j).start();
            }
        }
        return 0;
    }

    /** The last vocabulary word that lies wholly in [from, to), or "". */
    private String lastWordBetween(int from, int to) {
        String out = "";
        for (int i = firstAtOrAfter(from); i < terms.size() && terms.get(i).start() < to; i++) {
            if (terms.get(i).end() <= to && !entity(terms.get(i).start(), terms.get(i).end())) {
                out = terms.get(i).text();
            }
        }
        return out;
    }

    /** "拥有93家独角兽企业": the noun run right after the figure, up to punctuation, 的 or a verb; "" when none. */
    private String nounAfter(Found f) {
        int k = Token.firstAtOrAfter(tokens, f.end());
        int end = -1;
        for (int j = k; j < tokens.size() && j < k + 6; j++) {
            Token t = tokens.get(j);
            if (isHead(t)) {
                end = j;
            } else if (!(t.pos().equals("a") || t.pos().equals("b") || t.pos().equals("vn") || blank(t))) {
                break;
            }
        }
        if (end < k) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (int c = tokens.get(k).start(); c < tokens.get(end).end(); c++) {
            if (!Character.isWhitespace(text.charAt(c))) {
                b.append(text.charAt(c));
            }
        }
        return b.length() <= LONGEST ? b.toString() : "";
    }

    private static boolean blank(Token t) {
        return t.term().isBlank();
    }

    /** A token inside a figure, a number or a unit right after a number: never part of an indicator. */
    private boolean figure(Token t) {
        if (t.start() < inFigure.length && inFigure[t.start()] || t.pos().equals("m") || t.pos().startsWith("q")
                || t.pos().equals("mq")) {
            return true;
        }
        char c = t.term().charAt(0);
        return "一二三四五六七八九十两0123456789".indexOf(c) >= 0; // 两省, 四大城市群, 9个地区
    }

    /** A token between a measure and its number: verbs, adverbs, prepositions, particles, qualifiers. */
    private boolean isLink(Token t) {
        String pos = t.pos();
        return blank(t) || LINKS.contains(t.term()) || pos.startsWith("v") && !pos.equals("vn") || pos.equals("d") || pos.startsWith("p")
                || pos.startsWith("u") || pos.equals("c") || pos.equals("cc");
    }

    /** The last word of an indicator: a noun that is not a place, organization, person or generic subject. */
    private boolean isHead(Token t) {
        String pos = t.pos();
        return !entity(t.start(), t.end()) && !STOP_NOUNS.contains(t.term()) && !figure(t)
                && (pos.equals("vn") || pos.startsWith("n") && !pos.startsWith("ns") && !pos.startsWith("nt") && !pos.startsWith("nr")
                || isDomainNoun(pos));
    }

    /** HanLP's domain terms (gi 基础设施, gm, gp, gb, gc …) are nouns: "重大科技基础设施 2 家" counts the facilities. */
    private static boolean isDomainNoun(String pos) {
        return pos.length() >= 2 && pos.charAt(0) == 'g' && Character.isLetter(pos.charAt(1));
    }

    /** Whether {@code t} belongs to the indicator whose next word (to its right) is {@code right}. */
    private boolean inside(Token t, Token right) {
        String term = t.term();
        String pos = t.pos();
        if (blank(t)) {
            return true; // GII 科技集群
        }
        if (pos.equals("m") && t.end() == right.start() && right.pos().equals("nx")
                && term.chars().allMatch(c -> c >= '0' && c <= '9') && !(t.start() < inFigure.length && inFigure[t.start()])) {
            return true; // 5G
        }
        if (entity(t.start(), t.end()) || STOP_NOUNS.contains(term) || figure(t)) {
            return false;
        }
        if (term.length() == 1 && QUOTES.indexOf(term.charAt(0)) >= 0) {
            return true; // 专精特新“小巨人”企业
        }
        if (pos.equals("vn") && (right.pos().equals("a") || right.pos().equals("b"))) {
            return false; // 布局建设|重大科技基础设施: a verbal noun before an adjective governs the phrase, it is not in it
        }
        if (isHead(t) || pos.equals("a") || pos.equals("b") || pos.equals("vi") || pos.equals("an")) {
            return true;
        }
        if (pos.startsWith("v")) {
            return MODIFIER_VERBS.contains(term)
                    || right.term().length() == 1 && VERB_HEADS.indexOf(right.term().charAt(0)) >= 0;
        }
        if (pos.equals("f")) {
            return term.equals("以上") || term.equals("以下"); // 规模以上工业
        }
        return false;
    }

    private boolean entity(int from, int to) {
        for (int k = Math.max(0, from); k < Math.min(to, entity.length); k++) {
            if (entity[k]) {
                return true;
            }
        }
        return false;
    }

    private String single(Found f) {
        TextLayout.Sentence s = layout.sentenceAt(f.start());
        int from = s == null ? Math.max(0, f.start() - 60) : s.start();
        Term best = null;
        int i = firstAtOrAfter(from);
        for (; i < terms.size() && terms.get(i).start() < f.start(); i++) {
            if (terms.get(i).end() <= f.start()) {
                best = terms.get(i);
            }
        }
        if (best != null) {
            return best.text();
        }
        int clauseEnd = f.end();
        while (clauseEnd < text.length() && CLAUSE_END.indexOf(text.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        for (int k = firstAtOrAfter(f.end()); k < terms.size() && terms.get(k).start() < clauseEnd; k++) {
            if (terms.get(k).end() <= clauseEnd && !countsItsOwnFigure(terms.get(k))) {
                return terms.get(k).text();
            }
        }
        return "";
    }

    /** "…、两院院士 72 人": a word with a figure of its own right after it (a link word or two between) is that figure's. */
    private boolean countsItsOwnFigure(Term t) {
        int p = t.end();
        int seen = 0;
        while (p < text.length() && seen <= 3) {
            if (p < inFigure.length && inFigure[p]) {
                return true;
            }
            if (!Character.isWhitespace(text.charAt(p))) {
                seen++;
            }
            p++;
        }
        return false;
    }

    private int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = terms.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (terms.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
