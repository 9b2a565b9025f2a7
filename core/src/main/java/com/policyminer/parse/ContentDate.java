package com.policyminer.parse;

import com.policyminer.model.TextBlock;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date a report gives itself in its text, never the file's or the producing software's. In
 * order of trust:
 * <ol>
 * <li>{@code label}: a labelled date line — {@code 发布日期：2023-05-12}, {@code 发布时间：2023年5月12日},
 *     {@code 成文日期}, {@code 印发日期}, {@code 日期：} …;</li>
 * <li>{@code signature}: the 落款 — a line that is only a full date under a line naming the issuing
 *     body ({@code 甘肃省科学技术情报研究所 / 二〇二三年五月十二日}; the same two lines at the top of a
 *     bulletin, under its masthead), the two run together on one line, or a date alone among the
 *     last lines of the text;</li>
 * <li>{@code head}: a short dated line among the first lines ({@code （2023年5月12日）} under a speech's
 *     title, {@code 2023-05-12 来源：新华社}).</li>
 * </ol>
 * Only full dates (year, month and day) count, in Arabic or Chinese numerals. A date inside a
 * sentence (an event, a cited source) is never taken. Pure: text in, date out.
 */
public final class ContentDate {

    /** A date found, and which rule found it: {@code label}, {@code signature} or {@code head}. */
    public record Found(LocalDate date, String rule) {
    }

    /** Chinese digits (after NFKC, which makes a full-width Ｏ an O): the first four are zeros. */
    private static final String CN_DIGIT = "〇零○O一二三四五六七八九";
    private static final Pattern DATE = Pattern.compile(
            "((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号]"
                    + "|((?:19|20)\\d{2})\\s*([-/.])\\s*(\\d{1,2})\\s*\\5\\s*(\\d{1,2})(?!\\d)"
                    + "|([" + CN_DIGIT + "]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十廿卅]{1,4})\\s*日");
    /** A date label, not the end of a longer word (截止日期, 实施日期 are other dates). */
    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{IsHan}])(?:(?:发布|印发|成文|发文|公布|发稿|出版)(?:日期|时间)|日期)\\s*[：:]\\s*");
    /** Words a line of prose has and an issuer's or a date's line has not. */
    private static final Pattern SENTENCE = Pattern.compile("[。，；！？,;!?]");
    /** How the name of an issuing body ends (院, 部, 委员会, 中心, 课题组 …). */
    private static final Pattern ISSUER = Pattern.compile(
            ".*(院|部|委|会|局|厅|办|办公室|政府|中心|所|处|室|组|公司|银行|大学|学院|集团|社|署|行|站|馆|协会)$");
    private static final Pattern EDGES = Pattern.compile("^[\\s(（\\[【〔]+|[\\s)）\\]】〕。.]+$");
    private static final int MAX_LINE = 60;
    private static final int HEAD_LINES = 6;
    private static final int TAIL_LINES = 6;

    private ContentDate() {
    }

    /** The date of a text without structure. */
    public static Optional<Found> find(String text) {
        return find(text, List.of());
    }

    /**
     * The date of a text whose tables are known: lines inside a table block are not read (a table of
     * policies lists issuers and dates, one under the other, as a 落款 has them).
     */
    public static Optional<Found> find(String text, List<TextBlock> blocks) {
        List<TextBlock> tables = blocks.stream().filter(b -> b.kind() == TextBlock.Kind.TABLE).toList();
        List<String> lines = new ArrayList<>();
        for (int[] l : TextLines.of(text)) {
            if (inTable(tables, l[0])) {
                continue;
            }
            String s = Normalizer.normalize(text.substring(l[0], l[1]), Normalizer.Form.NFKC).strip();
            if (!s.isEmpty()) {
                lines.add(s);
            }
        }
        return labelled(lines).or(() -> signature(lines)).or(() -> head(lines));
    }

    private static boolean inTable(List<TextBlock> tables, int offset) {
        for (TextBlock t : tables) {
            if (offset >= t.start() && offset < t.end()) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Found> labelled(List<String> lines) {
        for (String line : lines) {
            if (line.length() > 2 * MAX_LINE) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            while (label.find()) {
                Matcher d = DATE.matcher(line).region(label.end(), line.length());
                if (d.lookingAt()) {
                    Optional<LocalDate> date = date(d);
                    if (date.isPresent()) {
                        return Optional.of(new Found(date.get(), "label"));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> signature(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.length() > MAX_LINE || SENTENCE.matcher(line).find()) {
                continue;
            }
            String bare = EDGES.matcher(line).replaceAll("");
            Matcher d = DATE.matcher(bare);
            if (!d.find() || d.end() != bare.length()) {
                continue; // the line does not end with a date
            }
            String before = bare.substring(0, d.start()).strip();
            boolean signed = before.isEmpty()
                    ? i > 0 && issuer(lines.get(i - 1)) || i >= lines.size() - TAIL_LINES
                    : issuer(before);
            Optional<LocalDate> date = signed ? date(d) : Optional.empty();
            if (date.isPresent()) {
                return Optional.of(new Found(date.get(), "signature"));
            }
        }
        return Optional.empty();
    }

    private static Optional<Found> head(List<String> lines) {
        for (int i = 0; i < Math.min(HEAD_LINES, lines.size()); i++) {
            String bare = EDGES.matcher(lines.get(i)).replaceAll("");
            if (bare.length() > MAX_LINE || SENTENCE.matcher(bare).find()) {
                continue;
            }
            Matcher d = DATE.matcher(bare);
            if (d.lookingAt()) {
                Optional<LocalDate> date = date(d);
                if (date.isPresent()) {
                    return Optional.of(new Found(date.get(), "head"));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean issuer(String line) {
        return line.length() <= MAX_LINE && !SENTENCE.matcher(line).find() && !DATE.matcher(line).find()
                && ISSUER.matcher(line.strip()).matches();
    }

    /** The date a match of {@link #DATE} names, if it is a real day. */
    private static Optional<LocalDate> date(Matcher m) {
        int y;
        int mo;
        int d;
        if (m.group(1) != null) {
            y = Integer.parseInt(m.group(1));
            mo = Integer.parseInt(m.group(2));
            d = Integer.parseInt(m.group(3));
        } else if (m.group(4) != null) {
            y = Integer.parseInt(m.group(4));
            mo = Integer.parseInt(m.group(6));
            d = Integer.parseInt(m.group(7));
        } else {
            y = digits(m.group(8));
            mo = chineseNumber(m.group(9));
            d = chineseNumber(m.group(10));
        }
        if (y < 1900 || y > 2100) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    /** 二〇二三 → 2023: each character a digit. */
    static int digits(String s) {
        int n = 0;
        for (char c : s.toCharArray()) {
            n = n * 10 + digit(c);
        }
        return n;
    }

    /** 五 → 5, 十二 → 12, 二十一 → 21, 廿一 → 21, 卅 → 30; -1 when it is not such a number. */
    static int chineseNumber(String s) {
        s = s.replace("廿", "二十").replace("卅", "三十");
        int ten = s.indexOf('十');
        if (ten < 0) {
            return s.length() == 1 ? digit(s.charAt(0)) : -1;
        }
        int tens = ten == 0 ? 1 : ten == 1 ? digit(s.charAt(0)) : -1;
        int ones = ten == s.length() - 1 ? 0 : ten == s.length() - 2 ? digit(s.charAt(ten + 1)) : -1;
        return tens <= 0 || ones < 0 ? -1 : tens * 10 + ones;
    }

    private static int digit(char c) {
        int i = CN_DIGIT.indexOf(c);
        return i < 0 ? -1 : i <= 3 ? 0 : i - 3;
    }
}
