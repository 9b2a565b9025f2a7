package com.policyminer.extract.figures;

import com.policyminer.extract.text.FirstCharPattern;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data the figure extractor reads, loaded once from {@code core/src/main/resources/figures}:
 * units, multipliers, qualifiers, subject labels, binding words and the indicator vocabulary.
 */
record FigureVocabulary(List<Unit> units, List<Multiplier> multipliers, List<Qualifier> qualifiers,
                        List<SubjectLabel> subjectLabels, Map<String, List<String>> binding,
                        List<String> indicators) {

    /** A unit as written, its factor, base unit and the kind of figure it usually makes. */
    record Unit(String surface, double factor, String normalizedUnit, String kind) {
        Unit {
            requireWord(surface, "unit");
        }
    }

    record Multiplier(String surface, double factor) {
        Multiplier {
            requireWord(surface, "multiplier");
        }
    }

    /** Vocabulary words are matched by their first character: an empty one is a broken data file. */
    static void requireWord(String word, String what) {
        if (word == null || word.isEmpty()) {
            throw new IllegalArgumentException("empty " + what + " in the figure vocabulary");
        }
    }

    /** position: prefix, suffix or far (see qualifiers.tsv). */
    record Qualifier(String word, String position, String qualifier) {
    }

    /** A subject that is not a gazetteer place: a group ("第Ⅰ梯队") or the nation. */
    record SubjectLabel(FirstCharPattern pattern, String name) {
    }

    FigureVocabulary {
        units = sortedLongestFirst(units, Unit::surface);
        multipliers = sortedLongestFirst(multipliers, Multiplier::surface);
        qualifiers = sortedLongestFirst(qualifiers, Qualifier::word);
        indicators = sortedLongestFirst(indicators, Function.identity());
        subjectLabels = List.copyOf(subjectLabels);
        binding = Map.copyOf(binding);
    }

    static FigureVocabulary load() {
        List<Unit> units = rows("units.tsv").stream()
                .map(r -> new Unit(r[0], Double.parseDouble(r[1]), r[2], r[3])).toList();
        List<Multiplier> multipliers = rows("multipliers.tsv").stream()
                .map(r -> new Multiplier(r[0], Double.parseDouble(r[1]))).toList();
        List<Qualifier> qualifiers = rows("qualifiers.tsv").stream()
                .map(r -> new Qualifier(r[0], r[1], r[2])).toList();
        List<SubjectLabel> labels = rows("subject-labels.tsv").stream()
                .map(r -> new SubjectLabel(FirstCharPattern.of(Pattern.compile(r[0])), r[1])).toList();
        Map<String, List<String>> binding = rows("binding.tsv").stream().collect(Collectors.groupingBy(
                r -> r[0], Collectors.mapping(r -> r[1], Collectors.toList())));
        List<String> indicators = rows("indicators.txt").stream().map(r -> r[0]).toList();
        return new FigureVocabulary(units, multipliers, qualifiers, labels, binding, indicators);
    }

    List<String> words(String role) {
        return binding.getOrDefault(role, List.of());
    }

    /** The longest unit written at {@code pos}, or null. */
    Unit unitAt(String text, int pos) {
        for (Unit u : units) {
            if (text.startsWith(u.surface(), pos)) {
                return u;
            }
        }
        return null;
    }

    Multiplier multiplierAt(String text, int pos) {
        for (Multiplier m : multipliers) {
            if (text.startsWith(m.surface(), pos)) {
                return m;
            }
        }
        return null;
    }

    private static <T> List<T> sortedLongestFirst(List<T> items, Function<T, String> key) {
        List<T> out = new ArrayList<>(items);
        out.sort(Comparator.comparingInt((T t) -> key.apply(t).length()).reversed());
        return List.copyOf(out);
    }

    private static List<String[]> rows(String name) {
        String path = "/figures/" + name;
        try (InputStream in = FigureVocabulary.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            List<String[]> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.split("\t"));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
