package com.policyminer.extract.policy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as policy texts write them, as ISO-like text: 2019年12月 → 2019-12, 2019 年 2 月 → 2019-02,
 * 2022年12月8日 → 2022-12-08, 2016. 9. 19 → 2016-09-19; 2月24日 takes the document's year (同年11月 the
 * year of the date before it, when the caller knows it); a year alone (2021年印发) → 2021.
 */
final class DateText {

    static final Pattern DATE = Pattern.compile(
            "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?|(\\d{4})\\.\\s*(\\d{1,2})\\.\\s*(\\d{1,2})");

    /** A year standing alone before a verb or opening a clause: "2021年印发", "2022年，…" (not 2013—2019年, 2014年以来). */
    static final Pattern YEAR = Pattern.compile("(?<![\\d—–\\-~至到])(\\d{4})\\s*年(?!\\s*\\d{1,2}\\s*月|以来|底|末|前|后|[—–\\-~至到])");
    /** The year of a date ("2021年10月"), for 同年11月. */
    static final Pattern YEAR_OF_DATE = Pattern.compile("(\\d{4})\\s*年\\s*\\d{1,2}\\s*月");

    private DateText() {
    }

    /** The date written by the match, or empty when a month has no year and the document has no date. */
    static Optional<String> of(Matcher m, LocalDate documentDate) {
        return of(m, documentDate, null);
    }

    /** As {@link #of(Matcher, LocalDate)}, a month without a year taking {@code contextYear} when given (同年11月). */
    static Optional<String> of(Matcher m, LocalDate documentDate, String contextYear) {
        if (m.group(4) != null) {
            return Optional.of(ymd(m.group(4), m.group(5), m.group(6)));
        }
        String year = m.group(1) == null ? contextYear : m.group(1);
        if (year == null) {
            if (documentDate == null) {
                return Optional.empty();
            }
            year = String.valueOf(documentDate.getYear());
        }
        return Optional.of(ymd(year, m.group(2), m.group(3)));
    }

    private static String ymd(String year, String month, String day) {
        String out = year + "-" + pad(month);
        return day == null ? out : out + "-" + pad(day);
    }

    private static String pad(String n) {
        return n.length() == 1 ? "0" + n : n;
    }
}
