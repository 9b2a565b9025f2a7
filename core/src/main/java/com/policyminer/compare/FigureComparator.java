package com.policyminer.compare;

import com.policyminer.model.Figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Compares figures across documents: groups those about the same canonical subject, indicator concept
 * and measure, and normalized unit, and judges every pair of figures from different documents
 * ({@link Verdict}; tolerance in {@link ValueInterval}).
 *
 * <p>A figure without a subject, an indicator or a normalized unit is never grouped. Within one document,
 * figures repeating the same value for the same period (abstract and body) count once. A group needs
 * figures from at least two documents. Pure and thread-safe: no I/O after construction.
 *
 * <p>Documents are compared as <em>sources</em>: given a map from document to work (the same report in
 * several files), the files of one work are one source, and so are figures of different works stated
 * in the same sentence (a passage reposted). Only figures of different sources agree or conflict;
 * two files of one work giving different values for one year are {@link Verdict#CHANGED_BETWEEN_VERSIONS}.
 */
public final class FigureComparator {

    private static final Comparator<FigureRow> FIGURE_ORDER = Comparator
            .comparing(FigureRow::yearOrNull, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(FigureRow::yearEndOrNull, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(FigureRow::docId)
            .thenComparingInt(FigureRow::start);

    /** Most pair verdicts a group lists; a group of n figures from n documents has n(n-1)/2 pairs. */
    public static final int MAX_PAIRS = 200;

    private final IndicatorConcepts concepts;
    private final Function<String, String> canonicalSubject;

    /**
     * @param canonicalSubject maps a subject as written to its canonical name (a gazetteer lookup);
     *                         must return the same name for 西安 and 西安市
     */
    public FigureComparator(IndicatorConcepts concepts, Function<String, String> canonicalSubject) {
        this.concepts = Objects.requireNonNull(concepts);
        this.canonicalSubject = Objects.requireNonNull(canonicalSubject);
    }

    /** The bundled indicator concepts and the suffix-stripping subject names of {@link SubjectNames}. */
    public static FigureComparator standard() {
        return new FigureComparator(IndicatorConcepts.standard(), SubjectNames.suffixStripping());
    }

    public List<ComparisonGroup> compare(List<Figure> figures) {
        return compare(figures, CompareFilter.ALL);
    }

    /** Groups of figures from at least two documents, most serious verdict first, then by subject and indicator. */
    public List<ComparisonGroup> compare(List<Figure> figures, CompareFilter filter) {
        return groups(figures, filter, null).stream().map(g -> g.limitPairs(MAX_PAIRS)).toList();
    }

    /** As {@link #compare(List, CompareFilter)}, each document's figures counted under its source ({@code sourceOf}: document id → work id). */
    public List<ComparisonGroup> compare(List<Figure> figures, CompareFilter filter, Function<String, String> sourceOf) {
        return groups(figures, filter, sourceOf).stream().map(g -> g.limitPairs(MAX_PAIRS)).toList();
    }

    /** All conflicts and suspected mis-datings, most serious first ({@link Severity}). */
    public List<Conflict> conflicts(List<Figure> figures) {
        return conflicts(figures, CompareFilter.ALL);
    }

    /** The conflicts and suspected mis-datings among the groups the filter keeps, most serious first, each with all its figures. */
    public List<Conflict> conflicts(List<Figure> figures, CompareFilter filter) {
        return ConflictFinder.find(issueGroups(keyed(figures), filter, null), Integer.MAX_VALUE);
    }

    /** The conflicts between sources ({@code sourceOf}: document id → work id), and the figures changed between versions of one work. */
    public List<Conflict> conflicts(List<Figure> figures, CompareFilter filter, Function<String, String> sourceOf) {
        return ConflictFinder.find(issueGroups(keyed(figures), filter, sourceOf), Integer.MAX_VALUE);
    }

    /** Keys every figure (see {@link KeyedFigures}), each kept whole. */
    public KeyedFigures keyed(List<Figure> figures) {
        Map<FigureKey, List<Integer>> byKey = new LinkedHashMap<>();
        FigureColumns columns = new FigureColumns(true, figures.size());
        for (Figure f : figures) {
            FigureKey key = keyOf(f);
            if (key != null) {
                byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(columns.add(f, -1));
            }
        }
        int[] starts = new int[byKey.size() + 1];
        int[] rows = new int[columns.size()];
        int g = 0;
        int n = 0;
        for (List<Integer> members : byKey.values()) {
            for (int r : members) {
                rows[n++] = r;
            }
            starts[++g] = n;
        }
        return new KeyedFigures(byKey.keySet().toArray(FigureKey[]::new), starts, rows, columns, figures.size(),
                (id, start, end, doc) -> {
                    throw new IllegalStateException("every figure is kept");
                });
    }

    /**
     * A table of a corpus's figures, added one at a time ({@link KeyedTable#add}) so the whole corpus is
     * never held: rows of 26 bytes in columns ({@link FigureColumns}); the figures shown are read by {@code loader}.
     */
    public KeyedTable keyedTable(FigureLoader loader) {
        return keyedTable(loader, 0);
    }

    /** As {@link #keyedTable(FigureLoader)}, its columns made for {@code expected} figures at first (a hint: they grow past it). */
    public KeyedTable keyedTable(FigureLoader loader, int expected) {
        return new KeyedTable(Objects.requireNonNull(loader), expected);
    }

    /**
     * Builds a {@link KeyedFigures} one figure at a time: each keyed figure appended to columns with its
     * key's number; {@link #build} then copies the rows of keys two documents share, group after group,
     * into exact columns (the only copy; nothing is allocated per figure). Not thread-safe.
     */
    public final class KeyedTable {
        private final FigureLoader loader;
        private final FigureColumns columns;
        private int[] keyOfRow;
        /** The keys met, numbered in the order first met. */
        private final Map<FigureKey, Integer> keyIds = new java.util.HashMap<>();
        private final List<FigureKey> keyList = new ArrayList<>();
        private final Map<String, String> strings = new java.util.HashMap<>();
        /** Per key: the document of its first row, and whether another document has a row too. */
        private int[] firstDoc = new int[16];
        private java.util.BitSet shared = new java.util.BitSet();
        /** The key of each (subject, indicator, unit, kind) met: many figures share one, and resolving it is the cost. */
        private final Map<List<String>, java.util.Optional<FigureKey>> keys = new java.util.HashMap<>();
        private int figures;

        private KeyedTable(FigureLoader loader, int expected) {
            this.loader = loader;
            this.columns = new FigureColumns(false, expected);
            this.keyOfRow = new int[Math.max(16, expected)];
        }

        /** @param doc where {@code f} was read from (its index document), for the loader; or -1 */
        public void add(Figure f, int doc) {
            figures++;
            if (f.normalizedUnit().isBlank() || !Double.isFinite(f.normalizedValue())) {
                return;
            }
            FigureKey key = keys.computeIfAbsent(List.of(f.subject(), f.indicator(), f.normalizedUnit(), f.kind()),
                    k -> java.util.Optional.ofNullable(keyOf(f))).orElse(null);
            if (key == null) {
                return;
            }
            int row = columns.add(f, doc);
            Integer id = keyIds.get(key);
            if (id == null) {
                id = keyList.size();
                keyIds.put(key, id);
                keyList.add(shared(key));
                if (id == firstDoc.length) {
                    firstDoc = java.util.Arrays.copyOf(firstDoc, id * 2);
                }
                firstDoc[id] = columns.doc(row);
            } else if (firstDoc[id] != columns.doc(row)) {
                shared.set(id);
            }
            if (row == keyOfRow.length) {
                keyOfRow = java.util.Arrays.copyOf(keyOfRow, row + (row >> 1));
            }
            keyOfRow[row] = id;
        }

        /** {@code key} with its strings shared with the keys kept before (each figure read has its own copies). */
        private FigureKey shared(FigureKey key) {
            ResolvedIndicator r = key.indicator();
            return new FigureKey(shared(key.subject()), new ResolvedIndicator(shared(r.id()), shared(r.name()),
                    shared(r.conceptId()), r.measure(), r.known()), shared(key.unit()));
        }

        private String shared(String s) {
            return s == null ? null : strings.computeIfAbsent(s, x -> x);
        }

        /** The table; keys of one document alone are left out (a group needs two). */
        public KeyedFigures build() {
            int[] group = new int[keyList.size()]; // key → its group, or -1
            List<FigureKey> kept = new ArrayList<>();
            for (int k = 0; k < group.length; k++) {
                group[k] = shared.get(k) ? kept.size() : -1;
                if (group[k] >= 0) {
                    kept.add(keyList.get(k));
                }
            }
            int[] starts = new int[kept.size() + 1];
            for (int r = 0; r < columns.size(); r++) {
                int g = group[keyOfRow[r]];
                if (g >= 0) {
                    starts[g + 1]++;
                }
            }
            for (int g = 0; g < kept.size(); g++) {
                starts[g + 1] += starts[g];
            }
            int[] order = new int[starts[kept.size()]];
            int[] next = java.util.Arrays.copyOf(starts, kept.size());
            for (int r = 0; r < columns.size(); r++) {
                int g = group[keyOfRow[r]];
                if (g >= 0) {
                    order[next[g]++] = r;
                }
            }
            return new KeyedFigures(kept.toArray(FigureKey[]::new), starts, null, columns.select(order), figures, loader);
        }
    }

    /** As {@link #compare(List, CompareFilter, Function)}, over figures keyed once. */
    public List<ComparisonGroup> compare(KeyedFigures figures, CompareFilter filter, Function<String, String> sourceOf) {
        return groups(figures, filter, sourceOf).stream().map(g -> g.limitPairs(MAX_PAIRS)).toList();
    }

    /** As {@link #conflicts(List, CompareFilter, Function)}, over figures keyed once, each conflict with all its figures. */
    public List<Conflict> conflicts(KeyedFigures figures, CompareFilter filter, Function<String, String> sourceOf) {
        return conflicts(figures, filter, sourceOf, Integer.MAX_VALUE);
    }

    /**
     * As {@link #conflicts(KeyedFigures, CompareFilter, Function)}, each conflict listing its first {@code figuresShown}
     * figures (read when the conflict is first asked for; {@link ConflictList#get(int, int, int)} lists others).
     */
    public ConflictList conflicts(KeyedFigures figures, CompareFilter filter, Function<String, String> sourceOf, int figuresShown) {
        return ConflictFinder.find(issueGroups(figures, filter, sourceOf), figuresShown);
    }

    /** @param sourceOf document id → work id, or null: every document is a source of its own */
    private List<ComparisonGroup> groups(List<Figure> figures, CompareFilter filter, Function<String, String> sourceOf) {
        return groups(keyed(figures), filter, sourceOf);
    }

    private List<ComparisonGroup> groups(KeyedFigures keyed, CompareFilter filter, Function<String, String> sourceOf) {
        return groups(keyed, filter, sourceOf, false);
    }

    /** The groups with a pair at issue, each with its pairs at issue gathered by conflict (what a conflict search reads). */
    private List<ConflictFinder.GroupIssues> issueGroups(KeyedFigures keyed, CompareFilter filter, Function<String, String> sourceOf) {
        List<ConflictFinder.GroupIssues> out = new ArrayList<>();
        Map<ComparisonGroup, Issues> issues = new java.util.IdentityHashMap<>();
        for (ComparisonGroup g : groups(keyed, filter, sourceOf, true, issues)) {
            Issues found = issues.get(g);
            out.add(new ConflictFinder.GroupIssues(g, found.buckets(), new GroupFigures(keyed, found.key())));
        }
        return out;
    }

    private List<ComparisonGroup> groups(KeyedFigures keyed, CompareFilter filter, Function<String, String> sourceOf,
                                         boolean issuesOnly) {
        return groups(keyed, filter, sourceOf, issuesOnly, null);
    }

    /**
     * @param issuesOnly only groups with a pair at issue (what a conflict search reads)
     * @param issues     when not null, receives each group's pairs at issue gathered by conflict
     */
    /** A group's pairs at issue, and the number of its key in the table. */
    private record Issues(int key, List<ConflictFinder.IssueBucket> buckets) {
    }

    /**
     * The figures of a group read again from the table (the rows of its key, as {@link #group} orders them), kept
     * while memory allows: the conflicts of one group share them.
     */
    private static final class GroupFigures implements java.util.function.Supplier<FigureList> {
        private final KeyedFigures keyed;
        private final int key;
        private java.lang.ref.SoftReference<FigureList> kept = new java.lang.ref.SoftReference<>(null);

        GroupFigures(KeyedFigures keyed, int key) {
            this.keyed = keyed;
            this.key = key;
        }

        @Override
        public synchronized FigureList get() {
            FigureList f = kept.get();
            if (f == null) {
                f = new FigureList(ordered(keyed.rowsOf(key)), keyed.columns, keyed.loader);
                kept = new java.lang.ref.SoftReference<>(f);
            }
            return f;
        }
    }

    private List<ComparisonGroup> groups(KeyedFigures keyed, CompareFilter filter, Function<String, String> sourceOf,
                                         boolean issuesOnly, Map<ComparisonGroup, Issues> issues) {
        String subject = filter.subject().isEmpty() ? "" : canonical(filter.subject());
        Set<String> conceptIds = concepts.conceptIdsNamed(filter.indicator());
        String indicatorText = IndicatorConcepts.normalize(filter.indicator());
        List<ComparisonGroup> groups = new ArrayList<>();
        for (int k = 0; k < keyed.keys.length; k++) {
            FigureKey key = keyed.keys[k];
            if ((subject.isEmpty() || subject.equals(key.subject()))
                    && matchesIndicator(key.indicator(), filter.indicator(), indicatorText, conceptIds)
                    && (filter.year() == null || keyed.anyCovers(k, filter.year()))) {
                List<ConflictFinder.IssueBucket> buckets = issues == null ? null : new ArrayList<>();
                ComparisonGroup g = group(key, keyed.rowsOf(k), sourceOf, keyed, buckets);
                if (g != null && (!issuesOnly || g.verdict().isIssue())) {
                    groups.add(g);
                    if (issues != null) {
                        issues.put(g, new Issues(k, buckets));
                    }
                }
            }
        }
        groups.sort(Comparator.comparing(ComparisonGroup::verdict).reversed()
                .thenComparing(ComparisonGroup::subject)
                .thenComparing(ComparisonGroup::indicatorId)
                .thenComparing(ComparisonGroup::normalizedUnit));
        return groups;
    }

    /** The indicator a figure is about, its subject left out of the phrase (西安市R&amp;D人员 → R&amp;D人员). */
    public ResolvedIndicator indicatorOf(Figure f) {
        String phrase = f.indicator();
        for (String name : List.of(f.subject(), canonical(f.subject()))) {
            if (!name.isEmpty() && phrase.length() > name.length() && phrase.contains(name)) {
                phrase = phrase.replace(name, "");
            }
        }
        return concepts.resolve(phrase, f.normalizedUnit(), f.kind());
    }

    private FigureKey keyOf(Figure f) {
        if (f.normalizedUnit().isBlank() || !Double.isFinite(f.normalizedValue())) {
            return null;
        }
        String subject = canonical(f.subject());
        ResolvedIndicator indicator = indicatorOf(f);
        if (subject.isEmpty() || indicator.id().isEmpty()) {
            return null;
        }
        return new FigureKey(subject, indicator, f.normalizedUnit());
    }

    private String canonical(String subject) {
        String c = subject == null || subject.isBlank() ? "" : canonicalSubject.apply(subject.strip());
        return c == null ? "" : c;
    }

    private static boolean matchesIndicator(ResolvedIndicator r, String raw, String normalized, Set<String> conceptIds) {
        return raw.isEmpty()
                || conceptIds.contains(r.conceptId())
                || r.id().equalsIgnoreCase(raw)
                || IndicatorConcepts.normalize(r.name()).equals(normalized);
    }

    /**
     * The comparison of one key's figures. Every pair of figures from two documents is judged and counted, but a
     * group keeps only the first {@link #MAX_PAIRS} pairs of each verdict as they are made (in the order they are
     * listed: by figure, then by the other figure), then the first {@code MAX_PAIRS} of those in the listed order
     * (verdict, then figures): what a comparison shows; a group of thousands of figures has millions of pairs.
     *
     * @param issues when not null, receives the pairs at issue gathered by conflict (what {@link ConflictFinder}
     *               makes a conflict of), in the order of their first pair in the listed order
     */
    private static ComparisonGroup group(FigureKey key, List<FigureRow> members, Function<String, String> sourceOf,
                                         KeyedFigures keyed, List<ConflictFinder.IssueBucket> issues) {
        List<FigureRow> figures = ordered(members);
        if (figures.stream().map(FigureRow::docId).distinct().count() < 2) {
            return null;
        }
        List<String> sources = sources(figures, sourceOf);
        if (sources.stream().distinct().count() < 2 && figures.stream().map(FigureRow::docId).distinct().count() < 2) {
            return null;
        }
        Map<String, Set<List<Object>>> stated = new java.util.HashMap<>();
        figures.forEach(f -> stated.computeIfAbsent(f.docId(), k -> new java.util.HashSet<>()).add(statement(f)));
        // a conflict search lists no pairs (only its pairs at issue, gathered by conflict)
        GroupVerdicts.Judged judged = GroupVerdicts.judge(figures, sources, sourceOf, stated, issues != null, issues != null ? 0 : MAX_PAIRS);
        FigureList shown = new FigureList(figures, keyed.columns, keyed.loader);
        List<PairVerdict> pairs = judged.pairs();
        int pairCount = judged.pairCount();
        Verdict overall = judged.overall();
        Map<String, Integer> verdictCounts = new LinkedHashMap<>();
        new TreeMap<>(judged.counts()).descendingMap().forEach((v, n) -> verdictCounts.put(v.code(), n));
        List<Integer> years = figures.stream().map(FigureRow::yearOrNull).filter(Objects::nonNull).distinct().sorted().toList();
        if (pairCount == 0) {
            return null; // every figure from one source, saying the same
        }
        int documents = (int) figures.stream().map(FigureRow::docId).distinct().count();
        int sourceCount = (int) sources.stream().distinct().count();
        if (issues != null) {
            issues.addAll(judged.buckets());
        }
        return new ComparisonGroup(key.subject(), key.indicator().id(), key.indicator().name(), key.indicator().known(),
                key.unit(), overall, verdictCounts, documents, sourceCount, years, shown, figures.size(), 0, pairCount, pairs,
                republished(figures, shown, sourceOf));
    }

    /** What a figure states: its period and value. */
    private static List<Object> statement(FigureRow f) {
        return List.of(period(f.yearOrNull(), f.yearEndOrNull()), f.normalizedValue());
    }

    /**
     * The source of each figure: its document's work, except that a figure stated in a sentence several
     * works state (a passage reposted) takes the source of that sentence: the work that states it in
     * the most files (then the first in id order), so a work's own files keep their work as source
     * whichever of the reposts comes first.
     */
    private static List<String> sources(List<FigureRow> figures, Function<String, String> sourceOf) {
        List<String> out = new ArrayList<>();
        if (sourceOf == null) {
            figures.forEach(f -> out.add(f.docId()));
            return out;
        }
        Map<List<Object>, Map<String, Integer>> filesBySentence = new java.util.HashMap<>(); // sentence → work → files
        for (FigureRow f : figures) {
            List<Object> key = statementKey(f);
            if (key != null) {
                filesBySentence.computeIfAbsent(key, k -> new TreeMap<>()).merge(sourceOf.apply(f.docId()), 1, Integer::sum);
            }
        }
        for (FigureRow f : figures) {
            List<Object> key = statementKey(f);
            if (key == null) {
                out.add(sourceOf.apply(f.docId()));
                continue;
            }
            Map.Entry<String, Integer> best = null;
            for (Map.Entry<String, Integer> e : filesBySentence.get(key).entrySet()) {
                if (best == null || e.getValue() > best.getValue()) {
                    best = e;
                }
            }
            out.add(best.getKey());
        }
        return out;
    }

    /** A figure's sentence (its digest: letters, digits and symbols only) and value, or null for a sentence too short to tell. */
    private static List<Object> statementKey(FigureRow f) {
        return f.sentence() == 0 ? null : List.of(f.sentence(), f.normalizedValue());
    }

    /**
     * The passages reposted: figures stated in the same sentence (as {@link #sources} compares them) with
     * the same value by two works or more; each passage's text is read from the first figure stating it.
     */
    private static List<ComparisonGroup.Republication> republished(List<FigureRow> figures, List<Figure> shown,
                                                                   Function<String, String> sourceOf) {
        if (sourceOf == null) {
            return List.of();
        }
        Map<List<Object>, List<Integer>> bySentence = new LinkedHashMap<>();
        for (int i = 0; i < figures.size(); i++) {
            List<Object> key = statementKey(figures.get(i));
            if (key != null) {
                bySentence.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        List<ComparisonGroup.Republication> out = new ArrayList<>();
        for (List<Integer> same : bySentence.values()) {
            int works = (int) same.stream().map(i -> sourceOf.apply(figures.get(i).docId())).distinct().count();
            if (works >= 2) {
                out.add(new ComparisonGroup.Republication(same, works, shown.get(same.get(0)).sentence()));
            }
        }
        return out;
    }

    /** The verdict on two figures of one group from different documents. */
    static Verdict judge(Figure a, ValueInterval va, Figure b, ValueInterval vb) {
        return judge(a.year(), a.yearEnd(), va, b.year(), b.yearEnd(), vb);
    }

    private static Verdict judge(Integer yearA, Integer endA, ValueInterval va, Integer yearB, Integer endB, ValueInterval vb) {
        boolean agree = va.overlaps(vb);
        if (yearA == null || yearB == null) {
            return agree ? Verdict.AGREE : Verdict.UNDATED;
        }
        if (period(yearA, endA).equals(period(yearB, endB))) {
            return agree ? Verdict.AGREE : Verdict.CONFLICT;
        }
        return agree && va.point() && vb.point() ? Verdict.SAME_VALUE_DIFFERENT_YEAR : Verdict.TIMELINE;
    }

    /** "2020", or "2013–2019" for a period; "" when undated. */
    static String period(Figure f) {
        return period(f.year(), f.yearEnd());
    }

    static String period(Integer year, Integer yearEnd) {
        if (year == null) {
            return "";
        }
        return yearEnd == null || yearEnd.equals(year) ? year.toString() : year + "–" + yearEnd;
    }

    /** A group's figures as it lists them: distinct per document, by year (undated last), document and offset. */
    private static List<FigureRow> ordered(List<FigureRow> members) {
        List<FigureRow> figures = distinctPerDocument(members);
        figures.sort(FIGURE_ORDER);
        return figures;
    }

    private static List<FigureRow> distinctPerDocument(List<FigureRow> members) {
        Map<List<Object>, FigureRow> first = new LinkedHashMap<>();
        members.stream().sorted(Comparator.comparing(FigureRow::docId).thenComparingInt(FigureRow::start))
                .forEach(f -> first.putIfAbsent(List.of(f.docId(), period(f.yearOrNull(), f.yearEndOrNull()),
                        f.normalizedValue(), f.qualifier()), f));
        return new ArrayList<>(first.values());
    }
}
