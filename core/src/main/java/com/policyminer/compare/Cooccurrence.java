package com.policyminer.compare;

import com.policyminer.model.EntityType;
import com.policyminer.compare.CooccurrenceMatrix.Cell;
import com.policyminer.compare.CooccurrenceMatrix.EntityTotal;
import com.policyminer.compare.MentionedUnits.EntityKey;
import com.policyminer.compare.MentionedUnits.Unit;
import com.policyminer.compare.Partners.Example;
import com.policyminer.compare.Partners.Partner;

import java.util.ArrayList;
import java.util.Arrays;
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
     * kept: entities numbered per type ({@link EntityCounts}: per level, each entity's units and
     * documents) and, per pair of types and level, each pair's counts in primitive arrays
     * ({@link PairCounts}); a document is counted once per tally by remembering the last one counted
     * (documents are added one after another). Not thread-safe while adding; {@link #done} drops what
     * counting needed; {@link #matrix} may be called from any thread afterwards.
     */
    public final class Matrices {
        private final EntityCounts[] entities = new EntityCounts[EntityType.values().length];
        /** [level][a][b]: the pairs counted, null until one is. */
        private final PairCounts[][][] cells = new PairCounts[CooccurrenceLevel.values().length][EntityType.values().length][EntityType.values().length];
        private final Map<List<Object>, CooccurrenceMatrix> built = new java.util.concurrent.ConcurrentHashMap<>();
        private int documents;

        private Matrices() {
            for (EntityType t : EntityType.values()) {
                entities[t.ordinal()] = new EntityCounts();
            }
        }

        /** Adds one document, its units found in its text. */
        public void add(DocumentMentions doc) {
            add(MentionUnits.of(doc));
        }

        /** Adds one document: which entities each of its sentences and paragraphs mention (its text is not needed). */
        public void add(MentionUnits doc) {
            int number = documents++;
            EntityType[] types = EntityType.values();
            String[] canonical = new String[doc.names().length];
            for (int e = 0; e < canonical.length; e++) {
                canonical[e] = canonical(doc.types()[e], doc.names()[e]);
            }
            Integer[] order = new Integer[doc.size()];
            for (CooccurrenceLevel level : CooccurrenceLevel.values()) {
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                Arrays.sort(order, Comparator.comparingInt(i -> doc.unit(i, level)));
                for (int from = 0; from < order.length; ) {
                    int unit = doc.unit(order[from], level);
                    int to = from + 1;
                    while (to < order.length && doc.unit(order[to], level) == unit) {
                        to++;
                    }
                    if (unit >= 0) {
                        @SuppressWarnings("unchecked")
                        Set<String>[] names = new Set[types.length];
                        for (EntityType t : types) {
                            names[t.ordinal()] = new TreeSet<>();
                        }
                        for (int k = from; k < to; k++) {
                            int e = doc.entity()[order[k]];
                            if (!canonical[e].isEmpty()) {
                                names[doc.types()[e].ordinal()].add(canonical[e]);
                            }
                        }
                        count(level, number, names);
                    }
                    from = to;
                }
            }
        }

        /** Names made canonical, per type, as met (a corpus names the same few thousand entities again and again). */
        private final Map<String, String>[] canonicalNames = canonicalMaps();

        @SuppressWarnings("unchecked")
        private static Map<String, String>[] canonicalMaps() {
            Map<String, String>[] maps = new Map[EntityType.values().length];
            for (int i = 0; i < maps.length; i++) {
                maps[i] = new java.util.HashMap<>();
            }
            return maps;
        }

        private String canonical(EntityType type, String name) {
            return canonicalNames[type.ordinal()].computeIfAbsent(name, n -> MentionedUnits.canonicalName(type, n, canonicalRegion));
        }

        /** Counts one unit: the entities of each type it mentions ({@code names}, by type ordinal, in code-point order). */
        private void count(CooccurrenceLevel level, int number, Set<String>[] unitNames) {
            EntityType[] types = EntityType.values();
            @SuppressWarnings("unchecked")
            List<String>[] names = new List[types.length];
            int[][] ids = new int[types.length][];
            for (EntityType t : types) {
                List<String> n = List.copyOf(unitNames[t.ordinal()]);
                EntityCounts counts = entities[t.ordinal()];
                int[] id = new int[n.size()];
                for (int i = 0; i < id.length; i++) {
                    id[i] = counts.id(n.get(i));
                    counts.add(level, id[i], number);
                }
                names[t.ordinal()] = n;
                ids[t.ordinal()] = id;
            }
            for (EntityType a : types) {
                for (EntityType b : types) {
                    int[] as = ids[a.ordinal()];
                    int[] bs = ids[b.ordinal()];
                    if (as.length == 0 || bs.length == 0) {
                        continue;
                    }
                    PairCounts pairs = cells[level.ordinal()][a.ordinal()][b.ordinal()];
                    if (pairs == null) {
                        pairs = new PairCounts();
                        cells[level.ordinal()][a.ordinal()][b.ordinal()] = pairs;
                    }
                    for (int i = 0; i < as.length; i++) {
                        for (int j = 0; j < bs.length; j++) {
                            // one cell per unordered pair of one type, the name first in code-point order first
                            if (a != b || names[a.ordinal()].get(i).compareTo(names[b.ordinal()].get(j)) < 0) {
                                pairs.add(as[i], bs[j], number);
                            }
                        }
                    }
                }
            }
        }

        /** Every document is added: keeps only the counts (what counting needed is let go). */
        public void done() {
            for (EntityCounts e : entities) {
                e.trim();
            }
            for (PairCounts[][] level : cells) {
                for (PairCounts[] row : level) {
                    for (PairCounts p : row) {
                        if (p != null) {
                            p.trim();
                        }
                    }
                }
            }
        }

        /** The documents added. */
        public int documents() {
            return documents;
        }

        /** The pairs counted, over every matrix. */
        public long pairs() {
            long n = 0;
            for (PairCounts[][] level : cells) {
                for (PairCounts[] row : level) {
                    for (PairCounts p : row) {
                        n += p == null ? 0 : p.size();
                    }
                }
            }
            return n;
        }

        /** The matrix of {@code a} with {@code b} at {@code level} (made once, then kept). */
        public CooccurrenceMatrix matrix(EntityType a, EntityType b, CooccurrenceLevel level) {
            return built.computeIfAbsent(List.of(a, b, level), k -> build(a, b, level));
        }

        private CooccurrenceMatrix build(EntityType a, EntityType b, CooccurrenceLevel level) {
            EntityCounts as = entities[a.ordinal()];
            EntityCounts bs = entities[b.ordinal()];
            PairCounts pairs = cells[level.ordinal()][a.ordinal()][b.ordinal()];
            List<Cell> cellList = new ArrayList<>(pairs == null ? 0 : pairs.size());
            java.util.BitSet rowIds = new java.util.BitSet();
            java.util.BitSet columnIds = new java.util.BitSet();
            if (pairs != null) {
                pairs.forEach((x, y, units, docs) -> {
                    cellList.add(new Cell(as.name(x), bs.name(y), units, docs));
                    rowIds.set(x);
                    columnIds.set(y);
                });
            }
            cellList.sort(Comparator.comparingInt(Cell::count).reversed()
                    .thenComparing(Comparator.comparingInt(Cell::documents).reversed())
                    .thenComparing(Cell::a).thenComparing(Cell::b));
            if (a == b) {
                rowIds.or(columnIds);
                columnIds.or(rowIds);
            }
            return new CooccurrenceMatrix(a, b, level, documents, totals(as, level, rowIds), totals(bs, level, columnIds), cellList);
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

    private static List<EntityTotal> totals(EntityCounts entities, CooccurrenceLevel level, java.util.BitSet ids) {
        List<EntityTotal> out = new ArrayList<>(ids.cardinality());
        for (int id = ids.nextSetBit(0); id >= 0; id = ids.nextSetBit(id + 1)) {
            out.add(new EntityTotal(entities.name(id), entities.units(level, id), entities.documents(level, id)));
        }
        out.sort(Comparator.comparingInt(EntityTotal::units).reversed()
                .thenComparing(Comparator.comparingInt(EntityTotal::documents).reversed())
                .thenComparing(EntityTotal::name));
        return out;
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
