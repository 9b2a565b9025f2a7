package com.policyminer.parse;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses a date given as a value (front matter's {@code date:}); dates in the text are {@link ContentDate}'s. */
final class DateFinder {

    private static final Pattern ISO = Pattern.compile("(19|20)(\\d{2})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern CHINESE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");

    private DateFinder() {
    }

    /** Parses a metadata value such as "2022-03-11 07:20:56 +0800" or "2022年5月7日". */
    static Optional<LocalDate> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(value);
        if (m.find()) {
            return make(Integer.parseInt(m.group(1) + m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        }
        return chinese(value);
    }

    private static Optional<LocalDate> chinese(String s) {
        Matcher m = CHINESE.matcher(s);
        while (m.find()) {
            Optional<LocalDate> d = make(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            if (d.isPresent()) {
                return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> make(int y, int mo, int d) {
        try {
            return Optional.of(LocalDate.of(y, mo, d));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
