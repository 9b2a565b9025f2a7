package com.policyminer.compare;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The indicator concepts of {@code indicators.tsv} and the resolution of an indicator phrase, as a
 * figure extractor wrote it, to one of them.
 *
 * <p>Resolution, on the phrase after {@link #normalize}: (1) an exact synonym; otherwise (2) the longest
 * synonym contained in the phrase, unless the rest of the phrase holds a word that changes what is
 * measured (输出, 累计, 人均, 新增, 企业 …: a flow, a cumulative total, a per-capita value, a subset).
 * A synonym may belong to several concepts; the figure's unit class picks one ({@link Measure} for how
 * a ratio of an amount becomes its share or growth). A phrase that matches nothing resolves to itself.
 * Immutable and thread-safe.
 */
public final class IndicatorConcepts {

    private static final String RESOURCE = "indicators.tsv";
    private static final Pattern DROPPED = Pattern.compile("[\\s()\\[\\]【】“”\"'‘’《》「」〈〉·、]+");
    /** A table header's unit: R&D人员（万人）, R&D经费投入强度（%）; but not （占GDP）. */
    private static final Pattern UNIT_SUFFIX = Pattern.compile(
            "\\s*[（(]\\s*(%|‰|[十百千万亿]*(元|美元|人|人年|件|个|项|家|所|位|平方公里|公里))\\s*[）)]\\s*$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(19|20)\\d{2}年(底|末|度)?");
    private static final List<String> BLOCKING = List.of("输出", "输入", "吸纳", "流入", "流出", "出口", "进口",
            "净", "累计", "人均", "每万", "平均", "新增", "引进", "企业", "工业", "外资", "境外", "海外",
            "基础研究", "财政", "目标");
    /** A growth rate, but not a level reached after growing (提升到 3.55%). */
    private static final Pattern GROWTH = Pattern.compile("增速|增幅|增长率|(增长|增加|提高|提升)(?![到至])");

    private static final IndicatorConcept ANY = new IndicatorConcept("?", "?", IndicatorConcept.ANY_UNIT, List.of());

    private final List<IndicatorConcept> concepts;
    private final Map<String, List<IndicatorConcept>> bySynonym;
    private final List<String> synonymsLongestFirst;

    private IndicatorConcepts(List<IndicatorConcept> concepts) {
        this.concepts = List.copyOf(concepts);
        Map<String, List<IndicatorConcept>> index = new LinkedHashMap<>();
        for (IndicatorConcept c : concepts) {
            Set<String> own = new LinkedHashSet<>();
            own.add(normalize(c.name()));
            c.synonyms().forEach(s -> own.add(normalize(s)));
            own.remove("");
            own.forEach(s -> index.computeIfAbsent(s, k -> new ArrayList<>()).add(c));
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.bySynonym = Map.copyOf(index);
        this.synonymsLongestFirst = index.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** The bundled concept table, loaded once. */
    public static IndicatorConcepts standard() {
        return Bundled.INSTANCE;
    }

    public static IndicatorConcepts of(List<IndicatorConcept> concepts) {
        return new IndicatorConcepts(concepts);
    }

    /** Reads a table in the format of {@code indicators.tsv}; the caller owns the stream. */
    public static IndicatorConcepts read(InputStream in) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        List<IndicatorConcept> concepts = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 4) {
                throw new IOException("line " + lineNumber + ": expected 4 tab-separated columns, got " + cols.length);
            }
            if (!ids.add(cols[0].trim())) {
                throw new IOException("line " + lineNumber + ": duplicate concept id " + cols[0]);
            }
            concepts.add(new IndicatorConcept(cols[0].trim(), cols[1].trim(), cols[2].trim(),
                    Arrays.stream(cols[3].split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList()));
        }
        return new IndicatorConcepts(concepts);
    }

    public List<IndicatorConcept> concepts() {
        return concepts;
    }

    /** Resolves a phrase for a figure of kind {@code level}. */
    public ResolvedIndicator resolve(String phrase, String normalizedUnit) {
        return resolve(phrase, normalizedUnit, "level");
    }

    /**
     * Resolves an indicator phrase for a figure with the given normalized unit and kind (level, share,
     * growth, change, rank, multiple, count).
     */
    public ResolvedIndicator resolve(String phrase, String normalizedUnit, String kind) {
        String withoutUnit = phrase == null ? "" : UNIT_SUFFIX.matcher(phrase).replaceFirst("");
        String p = YEAR_PREFIX.matcher(normalize(withoutUnit)).replaceFirst("");
        String unitClass = UnitClasses.of(normalizedUnit);
        String k = kind == null ? "level" : kind;
        if (p.isEmpty()) {
            return new ResolvedIndicator("", "", "", Measure.LEVEL, false);
        }
        ResolvedIndicator exact = pick(bySynonym.get(p), unitClass, k, null);
        if (exact != null) {
            return exact;
        }
        String synonym = longestContained(p);
        if (synonym != null) {
            String rest = p.substring(0, p.indexOf(synonym)) + "|" + p.substring(p.indexOf(synonym) + synonym.length());
            ResolvedIndicator contained = BLOCKING.stream().anyMatch(rest::contains) ? null
                    : pick(bySynonym.get(synonym), unitClass, k, hint(rest));
            if (contained != null) {
                return contained;
            }
        }
        Measure m = unknownMeasure(unitClass, k);
        return new ResolvedIndicator(m.idOf(ResolvedIndicator.UNKNOWN_PREFIX + p), phrase.strip(), "", m, false);
    }

    /**
     * The longest synonym inside the phrase, or null. Only the longest counts: when it is blocked or its
     * unit does not fit, a shorter one inside it would name the wrong thing (发明专利授权量 ⊃ 专利授权量).
     */
    private String longestContained(String phrase) {
        for (String synonym : synonymsLongestFirst) {
            if (synonym.length() <= phrase.length() && phrase.contains(synonym)) {
                return synonym;
            }
        }
        return null;
    }

    /**
     * Ids of the concepts a user's filter text names: a concept id, a measure id (rd_expenditure.growth
     * names rd_expenditure), a display name or any synonym. Empty when it names no concept.
     */
    public Set<String> conceptIdsNamed(String text) {
        String t = normalize(text);
        Set<String> ids = new LinkedHashSet<>();
        for (IndicatorConcept c : concepts) {
            if (c.id().equalsIgnoreCase(text.strip()) || text.strip().startsWith(c.id() + ".")) {
                ids.add(c.id());
            }
        }
        bySynonym.getOrDefault(t, List.of()).forEach(c -> ids.add(c.id()));
        return ids;
    }

    /** NFKC, lower case, without white space, brackets and quotes: "Ｒ＆Ｄ 经费（内部）支出" → "r&d经费内部支出". */
    public static String normalize(String phrase) {
        if (phrase == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(phrase, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return DROPPED.matcher(nfkc).replaceAll("");
    }

    private ResolvedIndicator pick(List<IndicatorConcept> candidates, String unitClass, String kind, Measure hint) {
        if (candidates == null) {
            return null;
        }
        IndicatorConcept best = null;
        Measure bestMeasure = null;
        int bestScore = Integer.MAX_VALUE;
        for (IndicatorConcept c : candidates) {
            Measure m = measure(c, unitClass, kind, hint);
            if (m == null) {
                continue;
            }
            int score = preference(c, m, unitClass);
            if (score < bestScore) {
                best = c;
                bestMeasure = m;
                bestScore = score;
            }
        }
        return best == null ? null
                : new ResolvedIndicator(bestMeasure.idOf(best.id()), best.name() + bestMeasure.nameSuffix(),
                best.id(), bestMeasure, true);
    }

    /** Lower is better: a growth rate is of an amount rather than of a ratio; otherwise a direct unit match. */
    private static int preference(IndicatorConcept c, Measure m, String unitClass) {
        if (m == Measure.GROWTH) {
            return UnitClasses.RATIO.equals(c.unitClass()) ? 1 : 0;
        }
        return c.accepts(unitClass) ? 0 : 1;
    }

    /** The measure of concept {@code c} a figure of this unit class and kind gives, or null if incompatible. */
    static Measure measure(IndicatorConcept c, String unitClass, String kind, Measure hint) {
        switch (unitClass) {
            case UnitClasses.RANK:
                return Measure.RANK;
            case UnitClasses.MULTIPLE:
                return Measure.MULTIPLE;
            case UnitClasses.PP:
                return Measure.CHANGE;
            default:
                break;
        }
        boolean growth = "growth".equals(kind) || hint == Measure.GROWTH;
        boolean change = "change".equals(kind);
        if (UnitClasses.RATIO.equals(unitClass)) {
            if (growth) {
                return Measure.GROWTH;
            }
            if (change) {
                return Measure.CHANGE;
            }
            return c.accepts(unitClass) ? Measure.LEVEL : Measure.SHARE;
        }
        if (!c.accepts(unitClass)) {
            return null;
        }
        return growth || change ? Measure.CHANGE : Measure.LEVEL;
    }

    private static Measure unknownMeasure(String unitClass, String kind) {
        return measure(ANY, unitClass, kind, null);
    }

    private static Measure hint(String rest) {
        return GROWTH.matcher(rest).find() ? Measure.GROWTH : null;
    }

    private static final class Bundled {
        static final IndicatorConcepts INSTANCE = load();

        private static IndicatorConcepts load() {
            try (InputStream in = IndicatorConcepts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE);
                }
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
