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
        Matrices m = matrices();
        docs.forEach(m::add);
        return m.matrix(a, b, level);
    }

    /** Every matrix (each pair of entity types, each level), counted one document at a time. */
    public Matrices matrices() {
        return new Matrices();
    }

    /**
     * The counts of every co-occurrence matrix, added one document at a time ({@link #add}) so no text is
     * kept: per level, each entity's units and documents and each pair's; a document is counted once
     * per tally by remembering the last one counted (documents are added one after another). Not
     * thread-safe while adding; {@link #matrix} may be called from any thread afterwards.
     */
    public final class Matrices {
        private final Map<CooccurrenceLevel, Map<EntityType, Map<String, Tally>>> totals = new java.util.EnumMap<>(CooccurrenceLevel.class);
        private final Map<List<Object>, Map<List<String>, Tally>> cells = new java.util.HashMap<>();
        private final Map<List<Object>, CooccurrenceMatrix> built = new java.util.concurrent.ConcurrentHashMap<>();
        private int documents;

        private Matrices() {
        }

        public void add(DocumentMentions doc) {
            int number = documents++;
            for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                Map<EntityType, Map<String, Tally>> levelTotals = totals.computeIfAbsent(level, k -> new java.util.EnumMap<>(EntityType.class));
                for (Unit unit : MentionedUnits.of(doc, level, canonicalRegion)) {
                    Map<EntityType, Set<String>> names = new java.util.EnumMap<>(EntityType.class);
                    for (EntityType t : EntityType.values()) {
                        Set<String> n = names(unit, t);
                        names.put(t, n);
                        Map<String, Tally> typeTotals = levelTotals.computeIfAbsent(t, k -> new java.util.HashMap<>());
                        n.forEach(x -> typeTotals.computeIfAbsent(x, k -> new Tally()).add(number));
                    }
                    for (EntityType a : EntityType.values()) {
                        for (EntityType b : EntityType.values()) {
                            Set<String> as = names.get(a);
                            Set<String> bs = names.get(b);
                            if (as.isEmpty() || bs.isEmpty()) {
                                continue;
                            }
                            Map<List<String>, Tally> pairCells = cells.computeIfAbsent(List.of(a, b, level), k -> new java.util.HashMap<>());
                            for (String x : as) {
                                for (String y : bs) {
                                    if (a != b || x.compareTo(y) < 0) {
                                        pairCells.computeIfAbsent(List.of(x, y), k -> new Tally()).add(number);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }

        /** The documents added. */
        public int documents() {
            return documents;
        }

        /** The matrix of {@code a} with {@code b} at {@code level} (made once, then kept). */
        public CooccurrenceMatrix matrix(EntityType a, EntityType b, CooccurrenceLevel level) {
            return built.computeIfAbsent(List.of(a, b, level), k -> build(a, b, level));
        }

        private CooccurrenceMatrix build(EntityType a, EntityType b, CooccurrenceLevel level) {
            List<Cell> cellList = cells.getOrDefault(List.of(a, b, level), Map.of()).entrySet().stream()
                    .map(e -> new Cell(e.getKey().get(0), e.getKey().get(1), e.getValue().units, e.getValue().docs))
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
            Map<EntityType, Map<String, Tally>> levelTotals = totals.getOrDefault(level, Map.of());
            return new CooccurrenceMatrix(a, b, level, documents, totals(levelTotals.getOrDefault(a, Map.of()), rowNames),
                    totals(levelTotals.getOrDefault(b, Map.of()), columnNames), cellList);
        }
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
        for (int n = 0; n < docs.size(); n++) {
            DocumentMentions doc = docs.get(n);
            int number = n;
            for (Unit unit : MentionedUnits.of(doc, CooccurrenceLevel.SENTENCE, canonicalRegion)) {
                if (unit.entities().containsKey(key)) {
                    sentences.add(number);
                    partnersIn(unit, key, partnerType).forEach(k ->
                            tallies.computeIfAbsent(k, x -> new PartnerTally()).sentence(number, unit, key, k));
                }
            }
            for (Unit unit : MentionedUnits.of(doc, CooccurrenceLevel.PARAGRAPH, canonicalRegion)) {
                if (unit.entities().containsKey(key)) {
                    paragraphs.add(number);
                    partnersIn(unit, key, partnerType).forEach(k ->
                            tallies.computeIfAbsent(k, x -> new PartnerTally()).paragraph(number, unit, key, k));
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
                paragraphs.docs, partners);
    }

    /** Whether {@code mentions} name {@code entity} (of {@code type}, by canonical name): only a document that does has its partners. */
    public boolean mentions(List<? extends com.policyminer.model.Mention> mentions, String entity, EntityType type) {
        String name = MentionedUnits.canonicalName(type, entity, canonicalRegion);
        return !name.isEmpty() && mentions.stream().anyMatch(m -> EntityType.of(m) == type
                && name.equals(MentionedUnits.canonicalName(type, EntityType.nameOf(m), canonicalRegion)));
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
                .map(e -> new EntityTotal(e.getKey(), e.getValue().units, e.getValue().docs))
                .sorted(Comparator.comparingInt(EntityTotal::units).reversed()
                        .thenComparing(Comparator.comparingInt(EntityTotal::documents).reversed())
                        .thenComparing(EntityTotal::name))
                .toList();
    }

    /** Units counted and the documents they came from (added one document after another). */
    private static final class Tally {
        int units;
        int docs;
        private int last = -1;

        /** @param doc the document's number in the order they are added */
        void add(int doc) {
            units++;
            if (doc != last) {
                docs++;
                last = doc;
            }
        }
    }

    /** Shared sentences and paragraphs with one partner, and the passages to show. */
    private static final class PartnerTally {
        final Tally sentences = new Tally();
        final Tally paragraphs = new Tally();
        final List<Example> sentenceExamples = new ArrayList<>();
        final List<Example> paragraphExamples = new ArrayList<>();

        void sentence(int doc, Unit unit, EntityKey a, EntityKey b) {
            sentences.add(doc);
            sentenceExamples.add(Examples.of(unit, a, b));
        }

        void paragraph(int doc, Unit unit, EntityKey a, EntityKey b) {
            paragraphs.add(doc);
            boolean hasSentence = sentenceExamples.stream().anyMatch(e -> e.docId().equals(unit.docId())
                    && e.start() >= unit.start() && e.end() <= unit.end());
            if (!hasSentence) {
                paragraphExamples.add(Examples.of(unit, a, b));
            }
        }

        Partner partner(EntityKey key, int maxExamples) {
            List<Example> examples = new ArrayList<>(sentenceExamples);
            examples.addAll(paragraphExamples);
            return new Partner(key.name(), key.type(), sentences.units, paragraphs.units, paragraphs.docs,
                    examples.subList(0, Math.min(Math.max(0, maxExamples), examples.size())));
        }
    }
}
