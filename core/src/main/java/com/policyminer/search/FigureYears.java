package com.policyminer.search;



/** Parses a year filter: "2020" or "2013-2019" → {from, to}; "" → null. */
public final class FigureYears {

    private FigureYears() {
    }

    public static int[] parse(String s) {
        String v = s.strip();
        if (v.isEmpty()) {
            return null;
        }
        try {
            String[] parts = v.split("\\s*[-–~至]\\s*");
            int a = Integer.parseInt(parts[0]);
            int b = parts.length > 1 ? Integer.parseInt(parts[1]) : a;
            if (parts.length > 2 || a < 1000 || b > 9999 || a > b) {
                throw new NumberFormatException();
            }
            return new int[] {a, b};
        } catch (NumberFormatException e) {
            throw new BadQueryException("year must be a year (2020) or a range (2013-2019)");
        }
    }
}
