package com.policyminer.extract.figures;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One hand-read gold row of {@code core/src/test/resources/gold/figures/<seed>.tsv} (or of the held-out set). */
public record GoldFigure(int start, int end, String surface, double value, String unit, double normalizedValue,
                  String normalizedUnit, String kind, String qualifier, double low, double high,
                  String subject, String indicator, Integer year, String source) {

    static List<GoldFigure> load(String seed) {
        return fromResource("/gold/figures/" + seed + ".tsv");
    }

    /** The rows of a gold figure file on the test class path, e.g. "/heldout/gold/figures/h01.tsv". */
    public static List<GoldFigure> fromResource(String resource) {
        List<GoldFigure> out = new ArrayList<>();
        for (String[] f : rows(resource)) {
            out.add(new GoldFigure(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2], Double.parseDouble(f[3]), f[4],
                    Double.parseDouble(f[5]), f[6], f[7], f[8], Double.parseDouble(f[9]), Double.parseDouble(f[10]),
                    f[11], f[12], f[13].isEmpty() ? null : Integer.valueOf(f[13]), f[14]));
        }
        return out;
    }

    /** Rows of a gold TSV, header skipped, empty trailing fields kept. */
    public static List<String[]> rows(String resource) {
        try (InputStream in = GoldFigure.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            return Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean overlaps(int s, int e) {
        return s < end && start < e;
    }

    /** Gold subjects list alternatives with "/"; 山东 and 山东省, 成渝 and 成渝地区 are the same place. */
    boolean subjectMatches(String predicted) {
        for (String alt : subject.split("/", -1)) {
            String a = bare(alt);
            String p = bare(predicted);
            if (a.equals(p) || !a.isEmpty() && !p.isEmpty() && (a.startsWith(p) || p.startsWith(a))) {
                return true;
            }
        }
        return false;
    }

    static boolean sameNumber(double a, double b) {
        return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
    }

    private static String bare(String name) {
        return name.strip().toLowerCase(Locale.ROOT)
                .replaceAll("(特别行政区|自治区|城市群|地区|省|市)$", "");
    }
}
