package com.policyminer.works;

import com.policyminer.model.Figure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two files of a report (a draft and its final, a repost): the passages only one
 * of them has, and the figures whose value changed, or that only one of them states. Pure.
 *
 * <p>Passages are compared sentence by sentence (cut at 。！？；!?; each compared by its letters and
 * digits only, NFKC and lower case, as {@link TextFingerprint} reads a text), so line breaks, spaces
 * and punctuation a format adds or drops are no change; a run of neighbouring sentences that only one
 * file has is one passage. Figures are matched by what they measure — subject, indicator, year, period,
 * kind and normalized unit — and a value stated in both files is no change; what is left of a key on
 * both sides is a changed figure (in text order), the rest added or removed.
 */
public final class VersionDiff {

    /** At most this many passages and figure changes of each kind are listed (the counts are whole). */
    public static final int MAX_LISTED = 200;
    /** A listed passage's text is cut to this many characters. */
    public static final int MAX_PASSAGE = 600;
    /** Sentences with fewer letters and digits than this (a heading number, a lone 注) are not compared. */
    private static final int MIN_SENTENCE = 4;

    private VersionDiff() {
    }

    /** A passage only one file has: its offsets in that file's text and its text (cut to {@value #MAX_PASSAGE}). */
    public record Passage(int start, int end, String text) {
    }

    /** One side of a figure change. */
    public record Side(String surface, double value, String unit, int start, int end, String sentence) {
        static Side of(Figure f) {
            return new Side(f.surface(), f.value(), f.unit(), f.start(), f.end(), f.sentence());
        }
    }

    /**
     * A figure that changed ({@code change = "changed"}: both sides), was added (only {@code to}) or
     * removed (only {@code from}).
     */
    public record FigureChange(String change, String subject, String indicator, Integer year, String period,
                               Side from, Side to) {
        public static final String CHANGED = "changed";
        public static final String ADDED = "added";
        public static final String REMOVED = "removed";
    }

    /**
     * The difference from file a to file b.
     *
     * @param sameSentences  sentences both files have
     * @param addedCount     passages only b has (all of them; {@code added} lists the first {@value #MAX_LISTED})
     * @param removedCount   passages only a has
     * @param figures        figure changes, changed ones first, then added, then removed, each in text order
     * @param figureCount    all figure changes
     */
    public record Result(int sameSentences, int addedCount, List<Passage> added, int removedCount, List<Passage> removed,
                         int figureCount, List<FigureChange> figures) {
    }

    /** The difference from the text and figures of file a to those of file b. */
    public static Result of(String textA, List<Figure> figuresA, String textB, List<Figure> figuresB) {
        List<Sentence> a = sentences(textA);
        List<Sentence> b = sentences(textB);
        Set<String> inA = new HashSet<>();
        a.forEach(s -> inA.add(s.key));
        Set<String> inB = new HashSet<>();
        b.forEach(s -> inB.add(s.key));
        int same = (int) b.stream().filter(s -> inA.contains(s.key)).count();
        List<Passage> added = passages(textB, b, inA);
        List<Passage> removed = passages(textA, a, inB);
        List<FigureChange> figures = figures(figuresA, figuresB);
        return new Result(same, added.size(), cap(added), removed.size(), cap(removed), figures.size(), cap(figures));
    }

    private static <T> List<T> cap(List<T> list) {
        return List.copyOf(list.subList(0, Math.min(MAX_LISTED, list.size())));
    }

    private record Sentence(int start, int end, String key) {
    }

    /** The text's sentences with a key of at least {@value #MIN_SENTENCE} letters and digits. */
    static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || "。！？；!?;".indexOf(text.charAt(i)) >= 0) {
                int end = Math.min(text.length(), i + 1);
                String key = key(text.substring(start, end));
                if (key.length() >= MIN_SENTENCE) {
                    // the sentence starts at its first non-space character
                    int s = start;
                    while (s < end && Character.isWhitespace(text.charAt(s))) {
                        s++;
                    }
                    out.add(new Sentence(s, end, key));
                }
                start = end;
            }
        }
        return out;
    }

    static String key(String sentence) {
        String folded = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Runs of neighbouring sentences of {@code own} that {@code other} does not have, as passages. */
    private static List<Passage> passages(String text, List<Sentence> own, Set<String> other) {
        List<Passage> out = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Sentence s : own) {
            if (other.contains(s.key)) {
                if (start >= 0) {
                    out.add(passage(text, start, end));
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = s.start;
                }
                end = s.end;
            }
        }
        if (start >= 0) {
            out.add(passage(text, start, end));
        }
        return out;
    }

    private static Passage passage(String text, int start, int end) {
        String t = text.substring(start, end).strip();
        return new Passage(start, end, t.length() > MAX_PASSAGE ? t.substring(0, MAX_PASSAGE) + "…" : t);
    }

    private static String figureKey(Figure f) {
        return f.subject() + '\u0001' + f.indicator() + '\u0001' + f.year() + '\u0001' + f.period() + '\u0001' + f.kind()
                + '\u0001' + f.normalizedUnit();
    }

    private static boolean sameValue(Figure x, Figure y) {
        double a = x.normalizedValue();
        double b = y.normalizedValue();
        return a == b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
    }

    private static List<FigureChange> figures(List<Figure> a, List<Figure> b) {
        Map<String, List<Figure>> byKeyA = group(a);
        Map<String, List<Figure>> byKeyB = group(b);
        List<FigureChange> changed = new ArrayList<>();
        List<FigureChange> added = new ArrayList<>();
        List<FigureChange> removed = new ArrayList<>();
        Set<String> keys = new java.util.LinkedHashSet<>(byKeyA.keySet());
        keys.addAll(byKeyB.keySet());
        for (String key : keys) {
            List<Figure> left = new ArrayList<>(byKeyA.getOrDefault(key, List.of()));
            List<Figure> right = new ArrayList<>(byKeyB.getOrDefault(key, List.of()));
            // a value both files state is no change
            for (var it = left.iterator(); it.hasNext(); ) {
                Figure x = it.next();
                for (int k = 0; k < right.size(); k++) {
                    if (sameValue(x, right.get(k))) {
                        right.remove(k);
                        it.remove();
                        break;
                    }
                }
            }
            int paired = Math.min(left.size(), right.size());
            for (int i = 0; i < paired; i++) {
                changed.add(change(FigureChange.CHANGED, left.get(i), left.get(i), right.get(i)));
            }
            left.subList(paired, left.size()).forEach(f -> removed.add(change(FigureChange.REMOVED, f, f, null)));
            right.subList(paired, right.size()).forEach(f -> added.add(change(FigureChange.ADDED, f, null, f)));
        }
        java.util.Comparator<FigureChange> inA = java.util.Comparator.comparingInt(c -> c.from().start());
        java.util.Comparator<FigureChange> inB = java.util.Comparator.comparingInt(c -> c.to().start());
        changed.sort(inB);
        added.sort(inB);
        removed.sort(inA);
        List<FigureChange> out = new ArrayList<>(changed);
        out.addAll(added);
        out.addAll(removed);
        return out;
    }

    private static Map<String, List<Figure>> group(List<Figure> figures) {
        Map<String, List<Figure>> out = new LinkedHashMap<>();
        figures.stream().sorted(java.util.Comparator.comparingInt(Figure::start))
                .forEach(f -> out.computeIfAbsent(figureKey(f), k -> new ArrayList<>()).add(f));
        return out;
    }

    private static FigureChange change(String kind, Figure what, Figure from, Figure to) {
        return new FigureChange(kind, what.subject(), what.indicator(), what.year(), what.period(),
                from == null ? null : Side.of(from), to == null ? null : Side.of(to));
    }
}
