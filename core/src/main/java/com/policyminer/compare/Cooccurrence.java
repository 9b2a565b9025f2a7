package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.compare.CooccurrenceMatrix.Cell;
import com.policyminer.compare.CooccurrenceMatrix.EntityTotal;
import com.policyminer.compare.MentionedUnits.EntityKey;
import com.policyminer.compare.MentionedUnits.Unit;
import com.policyminer.compare.Partners.Example;
import com.policyminer.compare.Partners.Partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which regions, policies and organizations are discussed together: two entities co-occur in a unit
 * (sentence or paragraph, {@link CooccurrenceLevel}) when a mention of each starts in it. A unit counts
 * once per pair, however often the two are named in it. Regions are compared by canonical name
 * (西安市 = 西安 with the default {@link SubjectNames}); policies by title, organizations by name.
 * Pure and thread-safe.
 */
public final class Cooccurrence {

    /** Longest paragraph text an example carries; longer ones are clipped around the mentions. */
    public static final int MAX_EXAMPLE_CHARS = 300;

    private final Function<String, String> canonicalRegion;

    public Cooccurrence(Function<String, String> canonicalRegion) {
        this.canonicalRegion = Objects.requireNonNull(canonicalRegion);
    }

    public static Cooccurrence standard() {
        return new Cooccurrence(SubjectNames.suffixStripping());
    }

    /** Co-occurrence counts of entities of type {@code a} with entities of type {@code b}. */
    public CooccurrenceMatrix matrix(EntityType a, EntityType b, CooccurrenceLevel level, List<DocumentMentions> docs) {
        Map<String, Tally> rowTotals = new LinkedHashMap<>();
        Map<String, Tally> columnTotals = new LinkedHashMap<>();
        Map<List<String>, Tally> cells = new LinkedHashMap<>();
        for (DocumentMentions doc : docs) {
            for (Unit unit : MentionedUnits.of(doc, level, canonicalRegion)) {
                Set<String> as = names(unit, a);
                Set<String> bs = names(unit, b);
                as.forEach(x -> rowTotals.computeIfAbsent(x, k -> new Tally()).add(doc.docId()));
                bs.forEach(y -> columnTotals.computeIfAbsent(y, k -> new Tally()).add(doc.docId()));
                for (String x : as) {
                    for (String y : bs) {
                        if (a != b || x.compareTo(y) < 0) {
                            cells.computeIfAbsent(List.of(x, y), k -> new Tally()).add(doc.docId());
                        }
                    }
                }
            }
        }
        List<Cell> cellList = cells.entrySet().stream()
                .map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), e.getValue().units, e.getValue().docs.size()))
                .sorted(Comparator.comparingInt(Cell::count).reversed()
                        .thenComparing(Comparator.comparingInt(Cell::documents).reversed())
                        .thenComparing(Cell::a).thenComparing(Cell::b))
                .toList();
        Set<String> rowNames = new HashSet<>();
        Set<String> columnNames = new HashSet<>();
        cellList.forEach(c -> {
            rowNames.add(c.a());
            columnNames.add(c.b());
        });
        if (a == b) {
            rowNames.addAll(columnNames);
            columnNames.addAll(rowNames);
        }
        return new CooccurrenceMatrix(a, b, level, docs.size(), totals(rowTotals, rowNames),
                totals(columnTotals, columnNames), cellList);
    }

    /** All partners of every type, the 20 strongest with up to 3 examples each. */
    public Partners partners(String entity, EntityType type, List<DocumentMentions> docs) {
        return partners(entity, type, docs, null, 20, 3);
    }

    /**
     * The entities discussed together with {@code entity}, strongest first.
     *
     * @param partnerType only partners of this type, or null for all types
     * @param limit       at most this many partners
     * @param examples    at most this many examples per partner
     */
    public Partners partners(String entity, EntityType type, List<DocumentMentions> docs, EntityType partnerType,
                             int limit, int examples) {
        EntityKey key = new EntityKey(type, MentionedUnits.canonicalName(type, entity, canonicalRegion));
        Map<EntityKey, PartnerTally> tallies = new LinkedHashMap<>();
        Tally sentences = new Tally();
        Tally paragraphs = new Tally();
        for (DocumentMentions doc : docs) {
            for (Unit unit : MentionedUnits.of(doc, CooccurrenceLevel.SENTENCE, canonicalRegion)) {
                if (unit.entities().containsKey(key)) {
                    sentences.add(doc.docId());
                    partnersIn(unit, key, partnerType).forEach(k ->
                            tallies.computeIfAbsent(k, x -> new PartnerTally()).sentence(unit, key, k));
                }
            }
            for (Unit unit : MentionedUnits.of(doc, CooccurrenceLevel.PARAGRAPH, canonicalRegion)) {
                if (unit.entities().containsKey(key)) {
                    paragraphs.add(doc.docId());
                    partnersIn(unit, key, partnerType).forEach(k ->
                            tallies.computeIfAbsent(k, x -> new PartnerTally()).paragraph(unit, key, k));
                }
            }
        }
        List<Partner> partners = tallies.entrySet().stream()
                .map(e -> e.getValue().partner(e.getKey(), examples))
                .sorted(Comparator.comparingInt(Partner::sentences).reversed()
                        .thenComparing(Comparator.comparingInt(Partner::paragraphs).reversed())
                        .thenComparing(Comparator.comparingInt(Partner::documents).reversed())
                        .thenComparing(Partner::name)
                        .thenComparing(Partner::type))
                .limit(Math.max(0, limit))
                .toList();
        return new Partners(key.name(), type, paragraphs.units > 0, sentences.units, paragraphs.units,
                paragraphs.docs.size(), partners);
    }

    private static Set<String> names(Unit unit, EntityType type) {
        Set<String> names = new TreeSet<>();
        unit.entities().keySet().forEach(k -> {
            if (k.type() == type) {
                names.add(k.name());
            }
        });
        return names;
    }

    private static List<EntityKey> partnersIn(Unit unit, EntityKey key, EntityType partnerType) {
        return unit.entities().keySet().stream()
                .filter(k -> !k.equals(key) && (partnerType == null || k.type() == partnerType))
                .toList();
    }

    private static List<EntityTotal> totals(Map<String, Tally> tallies, Set<String> names) {
        return tallies.entrySet().stream()
                .filter(e -> names.contains(e.getKey()))
                .map(e -> new EntityTotal(e.getKey(), e.getValue().units, e.getValue().docs.size()))
                .sorted(Comparator.comparingInt(EntityTotal::units).reversed()
                        .thenComparing(Comparator.comparingInt(EntityTotal::documents).reversed())
                        .thenComparing(EntityTotal::name))
                .toList();
    }

    /** Units counted and the documents they came from. */
    private static final class Tally {
        int units;
        final Set<String> docs = new HashSet<>();

        void add(String docId) {
            units++;
            docs.add(docId);
        }
    }

    /** Shared sentences and paragraphs with one partner, and the passages to show. */
    private static final class PartnerTally {
        final Tally sentences = new Tally();
        final Tally paragraphs = new Tally();
        final List<Example> sentenceExamples = new ArrayList<>();
        final List<Example> paragraphExamples = new ArrayList<>();

        void sentence(Unit unit, EntityKey a, EntityKey b) {
            sentences.add(unit.docId());
            sentenceExamples.add(Examples.of(unit, a, b));
        }

        void paragraph(Unit unit, EntityKey a, EntityKey b) {
            paragraphs.add(unit.docId());
            boolean hasSentence = sentenceExamples.stream().anyMatch(e -> e.docId().equals(unit.docId())
                    && e.start() >= unit.start() && e.end() <= unit.end());
            if (!hasSentence) {
                paragraphExamples.add(Examples.of(unit, a, b));
            }
        }

        Partner partner(EntityKey key, int maxExamples) {
            List<Example> examples = new ArrayList<>(sentenceExamples);
            examples.addAll(paragraphExamples);
            return new Partner(key.name(), key.type(), sentences.units, paragraphs.units, paragraphs.docs.size(),
                    examples.subList(0, Math.min(Math.max(0, maxExamples), examples.size())));
        }
    }
}
