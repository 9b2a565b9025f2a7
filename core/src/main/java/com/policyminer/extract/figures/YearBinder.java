package com.policyminer.extract.figures;

import com.policyminer.model.Table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year or period a figure refers to. In order: the nearest year written before it in
 * its sentence ("2020年，…", "2014年以来" = since 2014, "2013-2019 年" = a period, "去年" from the
 * document date); the caption of a table the sentence points to ("见表1", "由上表可知"); the
 * nearest earlier sentence of the same paragraph that names a year. Years inside 《titles》 bind
 * nothing; comparison bases ("比2019年", "是2017年的") only the figure in parentheses right after
 * them ("较2022年（21个）"); dates used as dates are context only: they are never figures themselves.
 */
final class YearBinder {

    /** A year written in the text; {@code relative}: a word read against the report's date (去年, 近五年). */
    record YearMention(int start, int end, int year, Integer yearEnd, boolean since, boolean scoping, boolean base,
                       boolean relative, boolean partOfYear) {

        YearMention(int start, int end, int year, Integer yearEnd, boolean since, boolean scoping, boolean base,
                    boolean relative) {
            this(start, end, year, yearEnd, since, scoping, base, relative, false);
        }

        String period() {
            if (since) {
                return "since " + year;
            }
            return yearEnd == null ? "" : year + "–" + yearEnd;
        }
    }

    /**
     * The binding: year, end year (periods), the period as a phrase and where the year comes from (text,
     * relative, document-date; "" without a year).
     */
    record Binding(Integer year, Integer yearEnd, String period, String source) {
        static final Binding NONE = new Binding(null, null, "", "");
    }

    private static final Pattern YEAR = Pattern.compile(
            "(?<![0-9])((?:19|20)[0-9]{2})\\s?(?:年?\\s?[-–—~至到]\\s?((?:19|20)[0-9]{2})\\s?)?年"
                    + "|(去年|今年|前年|本年度|本年(?![代级]))|近([一二两三四五六七八九十0-9]{1,2})年(?![代级])");
    /** The characters a {@link #YEAR} starts with. */
    private static final String YEAR_STARTS = "12去今前本近";
    /**
     * With no year in its sentence or paragraph, a figure of the report's own year: a part of the year with no
     * year written (上半年, 一季度, 截至6月底) — relative — or the present tense (目前, 当前, 已) — document date.
     */
    private static final Pattern PART_OF_YEAR = Pattern.compile(
            "[上下]半年|前[一二三四1-4]季度?|[一二三四1-4]季度|首季度?|截至\\s?[0-9一二三四五六七八九十]{1,2}\\s?月|[1-9]\\s?[-—至]\\s?1?[0-9]\\s?月"
                    + "|(?<![0-9年])1?[0-9]\\s?月\\s?[1-3]?[0-9]\\s?[日号](?![0-9])|近[一两二三四五六七八九十0-9]{1,2}个月|同期");
    /** What both "表1" and "上表" hold. */
    private static final String TABLE = "表";
    /** What every {@link #PLAN_PERIOD} holds. */
    private static final String FIVE = "五";
    /** The characters a {@link #PART_OF_YEAR} starts with. */
    private static final String PART_OF_YEAR_STARTS = "上下前一二三四1234首截56789近同0";
    /** The first characters of the searches made here, for {@link StartPositions}. */
    static final List<String> STARTS = List.of(YEAR_STARTS, PART_OF_YEAR_STARTS, FIVE, TABLE);
    private static final StartPositions.Plan PLAN = new StartPositions.Plan(STARTS);
    /** A five-year plan's period ("“十四五”时期", 十三五期间): its five years. */
    private static final Pattern PLAN_PERIOD = Pattern.compile("[“\"‘']?十([一二三四五])五[”\"’']?\\s?(?:时期|期间|规划期)");
    /** The present tense: 目前, 当前, 现在, 至今, and 已 before a verb ("已建成"), but not attributive ("已批复的12个"). */
    private static final Pattern PRESENT = Pattern.compile("目前|当前|现在|现已|至今|已(?![^，。；、的]{0,4}的)");
    /** A change year on year or on the period before (同比, 环比) with no year written: the report's latest period. */
    private static final Pattern YEAR_ON_YEAR = Pattern.compile("同比|环比");
    private static final Pattern SINCE = Pattern.compile("^[^，。；]{0,4}以来");
    private static final Pattern TABLE_REF = Pattern.compile("表\\s?([0-9]+)");
    /** Words before a year that make it a comparison base ("比2019年提高", "是2017年的3.4倍"). */
    private static final Pattern BASE_BEFORE = Pattern.compile("(比|较|与|同|相比|相较|相对)\\s?$");

    private final TextLayout layout;
    private final StartPositions starts;
    private final List<Table> tables;
    private final LocalDate documentDate;
    private final Integer reportYear;
    private final List<YearMention> mentions = new ArrayList<>();
    private final List<YearMention> footnoteMentions = new ArrayList<>();
    /**
     * Per sentence (by index), what binding a later figure of its paragraph asks of it: the last
     * scoping year and the year of a table it points to. Every figure of a long paragraph without a
     * year of its own asks all the sentences before it, so each is read once and remembered.
     */
    private final EarlierSentence[] earlier;
    /** Per sentence (by index), the binding its paragraph's earlier sentences give it; null: not asked yet. */
    private final Binding[] inherited;
    /** Per sentence (by index), the binding that frames the text or section it is in (see {@link #framesText}). */
    private final Binding[] wideAt;
    /** Per sentence (by index), the year of the table it points to ({@link #NO_YEAR}: none); null: not read yet. */
    private final Object[] ownTable;
    private int sentencesRead;
    private int yearsRead;
    private int tableReads;

    /** What one sentence gives the figures after it in its paragraph; null fields: nothing. */
    private record EarlierSentence(YearMention lastScoping, Integer tableYear, YearMention lastWide) {
    }

    YearBinder(TextLayout layout, List<Table> tables, LocalDate documentDate) {
        this(layout, tables, documentDate, null);
    }

    /**
     * A report of one year by its kind: a statistical communiqué, an annual report, a year's economic
     * performance (玉环市2019年国民经济和社会发展统计公报, 2022年年度报告). A government work report is not
     * one: delivered in 2026, it reviews 2025 and plans 2026.
     */
    private static final Pattern YEAR_REPORT_TITLE = Pattern.compile(
            "((?:19|20)\\d{2})\\s?年(?:度)?[^，。；]{0,40}?(?:统计公报|年度报告|年报|经济运行情况|统计监测报告)");

    /** The year a title names a report of one year for (see {@link #YEAR_REPORT_TITLE}), or null. */
    static Integer reportYear(String title) {
        if (title == null) {
            return null;
        }
        java.util.regex.Matcher m = YEAR_REPORT_TITLE.matcher(title);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /**
     * @param reportYear the year the whole report is about (a statistical communiqué's, see {@link #reportYear}),
     *                   or null: a figure no written or relative year binds takes it
     */
    YearBinder(TextLayout layout, List<Table> tables, LocalDate documentDate, Integer reportYear) {
        this(layout, tables, documentDate, reportYear, PLAN.index(layout.text()));
    }

    /**
     * As above, with the layout's text indexed for {@link #STARTS} (the text, not the flow: footnotes are read from
     * the text; the flow differs from it only by spaces, where no search starts).
     */
    YearBinder(TextLayout layout, List<Table> tables, LocalDate documentDate, Integer reportYear, StartPositions starts) {
        this.layout = layout;
        this.starts = starts;
        this.tables = tables;
        this.documentDate = documentDate;
        this.reportYear = reportYear;
        for (TextLayout.Sentence s : layout.sentences()) {
            mentions.addAll(find(layout.source(s), s.start(), s.end(), documentDate, starts));
        }
        for (TextLayout.Sentence s : layout.footnotes()) {
            footnoteMentions.addAll(find(layout.source(s), s.start(), s.end(), documentDate, starts));
        }
        this.earlier = new EarlierSentence[layout.sentences().size()];
        this.inherited = new Binding[layout.sentences().size()];
        this.wideAt = new Binding[layout.sentences().size()];
        this.opening = openingYear();
        this.ownTable = new Object[layout.sentences().size()];
    }

    static List<YearMention> find(String text, int from, int to, LocalDate documentDate) {
        return find(text, from, to, documentDate, PLAN.index(text));
    }

    private static List<YearMention> find(String text, int from, int to, LocalDate documentDate, StartPositions starts) {
        List<YearMention> out = new ArrayList<>();
        StartPositions.Finder years = starts.finder(YEAR, YEAR_STARTS, text, from, to, YearBinder::mayStartYear);
        while (years.find()) {
            Matcher m = years.match();
            if (insideTitle(text, from, m.start())) {
                continue;
            }
            String lead = text.substring(Math.max(from, m.start() - 3), m.start());
            boolean base = BASE_BEFORE.matcher(lead).find() || lead.endsWith("是") && text.startsWith("的", m.end());
            boolean since = SINCE.matcher(text.substring(m.end(), Math.min(to, m.end() + 8))).find();
            if (m.group(3) != null || m.group(4) != null) {
                if (documentDate == null) {
                    continue;
                }
                int now = documentDate.getYear();
                if (m.group(4) != null) { // 近五年: the N years up to the report's
                    int n = (int) NumberText.parse(m.group(4));
                    if (n < 1 || n > 50) {
                        continue;
                    }
                    out.add(new YearMention(m.start(), m.end(), now - n + 1, n == 1 ? null : now, false,
                            !base && scoping(text, m.start(), m.end()), base, true));
                    continue;
                }
                int y = now - switch (m.group(3)) {
                    case "去年" -> 1;
                    case "前年" -> 2;
                    default -> 0;
                };
                out.add(new YearMention(m.start(), m.end(), y, null, since,
                        !base && scoping(text, m.start(), m.end()), base, true));
            } else {
                Integer end = m.group(2) == null ? null : Integer.parseInt(m.group(2));
                out.add(new YearMention(m.start(), m.end(), Integer.parseInt(m.group(1)), end, since,
                        !base && scoping(text, m.start(), m.end()), base, false));
            }
        }
        addPlanPeriods(text, from, to, out, starts);
        if (documentDate != null) {
            addPartsOfYear(text, from, to, documentDate.getYear(), out, starts);
        }
        out.sort(java.util.Comparator.comparingInt(YearMention::start));
        return out;
    }

    /** "“十四五”时期": 2021–2025 (十一五 2006, …, 十五五 2026). */
    private static void addPlanPeriods(String text, int from, int to, List<YearMention> out, StartPositions starts) {
        int[] fives = starts.at(FIVE);
        int five = StartPositions.firstAtOrAfter(fives, from);
        boolean plan = false; // 十一五 … 十五五: a 五 two after a 十
        for (int k = five; k < fives.length && fives[k] < to && !plan; k++) {
            plan = fives[k] - 2 >= from && text.charAt(fives[k] - 2) == '十';
        }
        if (!plan) {
            return;
        }
        Matcher m = PLAN_PERIOD.matcher(text).region(from, to);
        while (m.find()) {
            int first = 2006 + 5 * ("一二三四五".indexOf(m.group(1).charAt(0)));
            out.add(new YearMention(m.start(), m.end(), first, first + 4, false,
                    scoping(text, m.start(), m.end()), false, false));
        }
    }

    /**
     * A part of a year with no year written (上半年, 前三季度, 7月11日, 近三个月, 同期): the report's year, unless a
     * year is written right before it (2020年上半年, 去年同期: that year's part) or it is a comparison base
     * (比上年同期). Such a mention gives way to any year written or carried (see {@link #bind}).
     */
    private static void addPartsOfYear(String text, int from, int to, int reportYear, List<YearMention> out,
                                       StartPositions starts) {
        StartPositions.Finder parts = starts.finder(PART_OF_YEAR, PART_OF_YEAR_STARTS, text, from, to,
                YearBinder::mayStartPartOfYear);
        while (parts.find()) {
            Matcher m = parts.match();
            String lead = text.substring(Math.max(from, m.start() - 3), m.start());
            if (lead.endsWith("年") || lead.endsWith("年度") || lead.matches(".*年\\s") || BASE_BEFORE.matcher(lead).find()
                    || insideTitle(text, from, m.start())) {
                continue;
            }
            out.add(new YearMention(m.start(), m.end(), reportYear, null, false,
                    scoping(text, m.start(), m.end()), false, true, true));
        }
    }

    /** A {@link #YEAR} that starts with a digit is 19xx or 20xx: most digits start none. */
    private static boolean mayStartYear(String text, int at, int to) {
        char c = text.charAt(at);
        if (c != '1' && c != '2') {
            return true;
        }
        return at + 1 < to && text.charAt(at + 1) == (c == '1' ? '9' : '0');
    }

    /**
     * A {@link #PART_OF_YEAR} that starts with a digit or 一二三四 is a quarter (一季度: 季 next) or a month (7月11日,
     * 1-6月: 月 within the next seven characters): most numbers start none.
     */
    private static boolean mayStartPartOfYear(String text, int at, int to) {
        char c = text.charAt(at);
        if (!(c >= '0' && c <= '9' || c == '一' || c == '二' || c == '三' || c == '四')) {
            return true;
        }
        int end = Math.min(to, at + 8);
        if (at + 1 < end && text.charAt(at + 1) == '季') {
            return true;
        }
        for (int k = at + 1; k < end; k++) {
            if (text.charAt(k) == '月') {
                return true;
            }
        }
        return false;
    }

    /** The longest 《title》 looked for around a year (read back from it, not back to the sentence start). */
    private static final int MAX_TITLE = 200;

    private static boolean insideTitle(String text, int from, int pos) {
        for (int k = pos - 1; k >= Math.max(from, pos - MAX_TITLE); k--) {
            if (text.charAt(k) == '》') {
                return false;
            }
            if (text.charAt(k) == '《') {
                return true;
            }
        }
        return false;
    }

    /**
     * A year that opens its clause ("2020年，…", "截至2022年底，…", "2014年以来，…", "…，2022年全省…")
     * sets the scene for the sentences after it; one inside a clause ("源于 1957 年法国…") does not.
     */
    private static boolean scoping(String text, int start, int end) {
        String head = QualifierReader.clauseBefore(text, start).strip();
        int comma = end;
        while (comma < text.length() && comma - end <= 3 && text.charAt(comma) != '，' && text.charAt(comma) != ',') {
            comma++;
        }
        return head.isEmpty() || head.length() <= 4 && comma - end <= 3 && comma < text.length();
    }

    /** The year of a caption ("表1  主要地区2020年科技创新基本情况"), or null. */
    static Integer captionYear(String caption) {
        List<YearMention> ys = find(caption, 0, caption.length(), null);
        return ys.isEmpty() ? null : ys.get(0).year();
    }

    Binding bind(int offset) {
        TextLayout.Sentence s = layout.sentenceAt(offset);
        if (s == null) {
            return Binding.NONE;
        }
        YearMention before = s.paragraph() < 0 ? lastApplying(footnoteMentions, s, offset) : nearestBefore(s, offset);
        if (before != null && !before.partOfYear()) {
            return of(before);
        }
        Integer fromTable = ownTableYear(s);
        if (fromTable != null) {
            return new Binding(fromTable, null, "", "text");
        }
        Binding carried = inherited(s);
        if (carried.year() != null) {
            return carried;
        }
        if (before != null) {
            return of(before); // 上半年 with no year written or carried: the report's year
        }
        if (reportYear != null) {
            return new Binding(reportYear, null, "", "text"); // the year in the report's title
        }
        return documentDate == null ? carried : ofDocumentDate(s, offset);
    }

    /**
     * A figure no written year binds, in a report with a date: the report's year when its sentence names a part
     * of a year (上半年, 一季度, 截至6月底: relative) or speaks in the present tense up to the figure (目前, 当前,
     * 已: document-date); otherwise none.
     */
    private Binding ofDocumentDate(TextLayout.Sentence s, int offset) {
        String source = layout.source(s);
        int from = Math.max(s.start(), 0);
        int to = Math.min(Math.max(offset, from), source.length());
        CharSequence before = source.subSequence(from, to);
        if (YEAR_ON_YEAR.matcher(before).find()) {
            return new Binding(documentDate.getYear(), null, "", "relative"); // 同比+25%: the latest period's
        }
        if (PRESENT.matcher(before).find()) {
            return new Binding(documentDate.getYear(), null, "", "document-date");
        }
        return Binding.NONE;
    }

    /**
     * What the earlier sentences of {@code s}'s paragraph give it: the nearest one with a scoping
     * year or a table year. Remembered per sentence, so a paragraph of N sentences is walked once
     * in all, not once per figure (a one-line file of 8 MB is one paragraph of 100,000 sentences).
     */
    private Binding inherited(TextLayout.Sentence s) {
        List<TextLayout.Sentence> sentences = layout.sentences();
        if (s.paragraph() < 0) {
            return Binding.NONE;
        }
        // walk back to the nearest sentence already answered (or the first), then fill forward
        int i = s.index();
        while (i > 0 && inherited[i] == null) {
            i--;
        }
        Binding carried = inherited[i] == null ? Binding.NONE : inherited[i];
        Binding wide = wideAt[i] == null ? Binding.NONE : wideAt[i];
        inherited[i] = carried;
        wideAt[i] = wide;
        for (int k = i; k < s.index(); k++) {
            sentencesRead++;
            EarlierSentence read = earlier(sentences.get(k));
            if (read.lastScoping() != null && !(read.lastScoping().partOfYear() && carried.year() != null)) {
                carried = of(read.lastScoping());
            } else if (read.tableYear() != null) {
                carried = new Binding(read.tableYear(), null, "", "text");
            }
            if (read.lastWide() != null && !(read.lastWide().partOfYear() && wide.year() != null)) {
                wide = of(read.lastWide());
            }
            if (sentences.get(k + 1).paragraph() != sentences.get(k).paragraph()) {
                carried = wide; // a new paragraph keeps only what frames the whole text or its section
            }
            inherited[k + 1] = carried;
            wideAt[k + 1] = wide;
        }
        return carried;
    }

    /** The last year of a footnote before the figure that applies to it, or null. */
    private YearMention lastApplying(List<YearMention> years, TextLayout.Sentence s, int offset) {
        YearMention before = null;
        for (YearMention y : years) {
            boolean applies = !y.base() || isParenthesizedAfter(layout.source(s), y.end(), offset);
            before = y.start() >= s.start() && y.end() <= offset && applies ? y : before;
        }
        return before;
    }

    /**
     * The nearest year before the figure in its sentence that applies to it: read backwards from the
     * figure, so a sentence of thousands of years (a one-line file) is not read whole per figure.
     */
    private YearMention nearestBefore(TextLayout.Sentence s, int offset) {
        String source = layout.source(s);
        YearMention part = null;
        for (int i = firstStartingAtOrAfter(offset) - 1; i >= 0 && mentions.get(i).start() >= s.start(); i--) {
            YearMention y = mentions.get(i);
            yearsRead++;
            if (y.end() <= offset && (!y.base() || isParenthesizedAfter(source, y.end(), offset))) {
                if (!y.partOfYear()) {
                    return y;
                }
                part = part == null ? y : part; // a written year before it in the sentence is the part's year
            }
        }
        return part;
    }

    /** The year a sentence's own table reference gives ("见表1"), read once per sentence. */
    private Integer ownTableYear(TextLayout.Sentence s) {
        if (s.index() < 0) {
            return referencedTableYear(s); // a footnote: short, and not among the sentences
        }
        Object read = ownTable[s.index()];
        if (read == null) {
            tableReads++;
            Integer year = referencedTableYear(s);
            ownTable[s.index()] = year == null ? NO_YEAR : year;
            return year;
        }
        return read == NO_YEAR ? null : (Integer) read;
    }

    private static final Object NO_YEAR = new Object();

    /** Earlier sentences read so far to bind figures (tests check that it grows with the text, not faster). */
    int sentencesRead() {
        return sentencesRead;
    }

    /** Years of a figure's own sentence read to bind it (tests: a few per figure, not the whole sentence). */
    int yearsRead() {
        return yearsRead;
    }

    /** Sentences read for a table reference of their own (tests: once per sentence, not per figure). */
    int tableReads() {
        return tableReads;
    }

    /** The last scoping year of a sentence of the running text and the year of the table it points to, read once. */
    private EarlierSentence earlier(TextLayout.Sentence s) {
        EarlierSentence read = earlier[s.index()];
        if (read == null) {
            YearMention last = null;
            YearMention wide = null;
            for (YearMention y : within(s.start(), s.end())) {
                // a written year outranks a part of a year (2021年，…；上半年，… is 2021's)
                boolean frames = !y.base() && framesText(s, y);
                if ((y.scoping() || frames) && (last == null || !y.partOfYear() || last.partOfYear())) {
                    last = y;
                    wide = frames ? y : wide;
                }
            }
            // the table year is asked only when there is no scoping year
            read = new EarlierSentence(last, last != null ? null : referencedTableYear(s), wide);
            earlier[s.index()] = read;
        }
        return read;
    }

    /** Numbered heading marks before a year: 一、 （二） 3. 第一部分. */
    private static final Pattern HEADING_MARK = Pattern.compile(
            "^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[0-9]{1,2}[、.．]|第[一二三四五六七八九十]+[部章节分]分?)\\s?");
    private static final Pattern DATE_AFTER_YEAR = Pattern.compile("\\s?(?:[0-9一二三四五六七八九十]{1,2}\\s?月|第)");
    /** The longest paragraph read as a heading or title line. */
    private static final int MAX_HEADING = 40;
    /** How many paragraphs into the text a year may open it for the whole text ("2015年，面对…"). */
    private static final int OPENING_PARAGRAPHS = 3;

    /** The year that opens the text (see {@link #framesText}), or null. */
    private final YearMention opening;

    /**
     * Whether a scoping year frames more than its paragraph: a relative time opening its clause (今年上半年，…;
     * 前三季度，…; 7月11日，… — a news story's frame; not 去年以来), a heading's or title line's year (一、2023年工作回顾; a short line without a full stop), a
     * year as the topic (2023年是…的一年), or the year the text opens with (2015年，面对… in its first paragraphs:
     * a communiqué's year). A year inside a paragraph of a research report binds that paragraph only.
     */
    private boolean framesText(TextLayout.Sentence s, YearMention y) {
        if (y == opening) {
            return true;
        }
        String source = layout.source(s);
        if (DATE_AFTER_YEAR.matcher(source).region(y.end(), Math.min(source.length(), y.end() + 6)).lookingAt()) {
            return false; // 2022年5月7日, 2023年第2期: a date or an issue number, not what the text is about
        }
        String head = QualifierReader.clauseBefore(source, y.start()).strip();
        if (y.relative() && !y.since() && (head.isEmpty() || isHeadingLine(s))) {
            return true;
        }
        if (HEADING_MARK.matcher(head).find() && HEADING_MARK.matcher(head).replaceFirst("").isEmpty()) {
            return true;
        }
        if (y.end() < source.length() && source.charAt(y.end()) == '是') {
            return true;
        }
        return s.index() > 0 && isHeadingLine(s); // a title's year is the report's only by its kind (see reportYear)
    }

    /** A sentence that is a whole short paragraph with no full stop: a heading or the title line. */
    private boolean isHeadingLine(TextLayout.Sentence s) {
        List<TextLayout.Sentence> sentences = layout.sentences();
        int i = s.index();
        boolean alone = (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph())
                && (i + 1 >= sentences.size() || sentences.get(i + 1).paragraph() != s.paragraph());
        if (!alone || s.end() - s.start() > 2 * MAX_HEADING) {
            return false; // a long sentence is no heading (and is not copied to find out)
        }
        String text = layout.source(s).substring(s.start(), s.end()).strip();
        return text.length() <= MAX_HEADING && !text.endsWith("。") && !text.endsWith("；")
                && !CAPTION.matcher(text).lookingAt(); // 图1：2011-2015年… is a figure's caption, not a heading
    }

    private static final Pattern CAPTION = Pattern.compile("[图表]\\s?[0-9一二三四五六七八九十]");

    /** The text's first year, when it opens a clause of one of the first paragraphs and a comma follows it. */
    private YearMention openingYear() {
        for (TextLayout.Sentence s : layout.sentences()) {
            if (s.paragraph() >= OPENING_PARAGRAPHS) {
                return null;
            }
            for (YearMention y : within(s.start(), s.end())) {
                if (y.relative() || y.base()) {
                    continue;
                }
                String source = layout.source(s);
                // at the start of a line (a short line before it may have been joined to it: a source line)
                boolean opensParagraph = y.start() == 0 || Character.isWhitespace(source.charAt(y.start() - 1));
                int after = y.end();
                boolean comma = after < source.length() && (source.charAt(after) == '，' || source.charAt(after) == ',');
                return opensParagraph && comma ? y : null;
            }
        }
        return null;
    }

    /** "较2022年（21个）": the figure in parentheses right after a base year is that year's. */
    private static boolean isParenthesizedAfter(String text, int yearEnd, int offset) {
        if (yearEnd > offset || offset > text.length() || offset - yearEnd > 8) {
            return false; // a footnote's year can sit after the figure; "（" with a little space is short
        }
        String gap = text.substring(yearEnd, offset).strip();
        return gap.equals("（") || gap.equals("(");
    }

    private int firstStartingAtOrAfter(int from) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).start() < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private List<YearMention> within(int from, int to) {
        int lo = firstStartingAtOrAfter(from);
        List<YearMention> out = new ArrayList<>();
        for (int i = lo; i < mentions.size() && mentions.get(i).end() <= to; i++) {
            out.add(mentions.get(i));
        }
        return out;
    }

    private Integer referencedTableYear(TextLayout.Sentence s) {
        String source = layout.source(s);
        int[] tableChars = starts.at(TABLE); // the text's; the flow has a space where a footnote's 表 is, the search a miss
        int first = StartPositions.firstAtOrAfter(tableChars, s.start());
        if (first == tableChars.length || tableChars[first] >= s.end()) {
            return null; // both "表1" and "上表" need the character; most sentences have none
        }
        String sentence = source.substring(s.start(), s.end());
        Matcher m = TABLE_REF.matcher(sentence);
        while (m.find()) {
            for (Table t : tables) {
                if (t.caption().replace(" ", "").startsWith("表" + m.group(1))) {
                    return captionYear(t.caption());
                }
            }
        }
        if (sentence.contains("上表")) {
            Table last = null;
            for (Table t : tables) {
                if (t.end() <= s.start()) {
                    last = t;
                }
            }
            return last == null ? null : captionYear(last.caption());
        }
        return null;
    }

    private static Binding of(YearMention y) {
        return new Binding(y.year(), y.yearEnd(), y.period(), y.relative() ? "relative" : "text");
    }
}
