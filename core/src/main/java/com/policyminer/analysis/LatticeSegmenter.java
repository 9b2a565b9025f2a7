package com.policyminer.analysis;

import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreBiGramTableDictionary;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.other.CharType;
import com.hankcs.hanlp.seg.common.Vertex;
import com.hankcs.hanlp.utility.Predefine;

import java.util.Arrays;

/**
 * HanLP's Viterbi segmentation (portable 1.8.6 {@code ViterbiSegment} with its custom dictionary,
 * offsets on, recognizers and part-of-speech pass off), done over flat arrays. It builds the same
 * word lattice (core-dictionary matches, then HanLP's atom segmentation where no word starts),
 * finds the same shortest path with the same bigram weights and the same tie-breaking, and merges
 * custom-dictionary words the same way, first HanLP's custom dictionary, then ours; the result is
 * word for word and tag for tag what HanLP returns (a test compares both on every seed and more).
 *
 * <p>The configuration is the one we chose for HanLP: its slow HMM recognizers stay off (person
 * names misfire on 居全国 and friends; places and organizations come from the dictionary and the
 * extractors), and so does its separate part-of-speech pass: each word keeps the part of speech
 * its dictionary entry gives (ns, nz, m, q …).
 *
 * <p>Why: HanLP allocates a {@code Vertex}, a {@code String} and linked-list nodes for every
 * dictionary match in the text, and a {@code Term} per word; that was most of its cost. Over the
 * 17.5 M characters of the benchmark corpus this gives the same 9,075,119 words 2.3 times as fast
 * (6.9 against 3.0 M characters a second on one core here, with {@link BigramCache}). One
 * instance reuses its arrays from call to call, so it is not thread-safe: one per tokenizer.
 */
final class LatticeSegmenter {

    private static final int NONE = -1;

    private final TrieArrays custom;
    private final TrieArrays ours;

    // the lattice: vertex v starts at line vLine[v] (character vLine[v] - 1; line 0 is the start
    // mark, line n + 1 the end mark) and spans vLen[v] characters; lines keep insertion order
    private int[] vLine = new int[1024];
    private int[] vLen = new int[1024];
    private int[] vWordId = new int[1024];
    private int[] vFreq = new int[1024];
    private Nature[] vNature = new Nature[1024];
    private int[] vNext = new int[1024];
    private int[] vFrom = new int[1024];
    private double[] vWeight = new double[1024];
    private int vertices;
    private int[] lineHead = new int[1024];
    private int[] lineTail = new int[1024];

    // the words: [start, end) character ranges and tags, in order
    private int[] wStart = new int[1024];
    private int[] wEnd = new int[1024];
    private Nature[] wNature = new Nature[1024];
    private int words;

    /**
     * @param custom HanLP's custom dictionary trie (merged first, as HanLP does)
     * @param ours   our words HanLP's dictionaries lack (merged second); null for none
     */
    LatticeSegmenter(DoubleArrayTrie<CoreDictionary.Attribute> custom, DoubleArrayTrie<CoreDictionary.Attribute> ours) {
        this.custom = TrieArrays.of(custom);
        this.ours = ours == null ? null : TrieArrays.of(ours);
    }

    /** Segments one text; read the words with {@link #start}, {@link #end} and {@link #nature}. */
    int segment(char[] text) {
        words = 0;
        if (text.length == 0) {
            return 0;
        }
        buildLattice(text);
        shortestPath(text.length);
        mergeDictionaryWords(text, custom);
        if (ours != null) {
            mergeDictionaryWords(text, ours);
        }
        return words;
    }

    int start(int word) {
        return wStart[word];
    }

    int end(int word) {
        return wEnd[word];
    }

    Nature nature(int word) {
        return wNature[word];
    }

    // ---- lattice (WordBasedSegment.generateWordNet, WordNet.add) ----

    private void buildLattice(char[] text) {
        int lines = text.length + 2;
        if (lineHead.length < lines) {
            lineHead = new int[lines + lines / 2];
            lineTail = new int[lineHead.length];
        }
        Arrays.fill(lineHead, 0, lines, NONE);
        Arrays.fill(lineTail, 0, lines, NONE);
        vertices = 0;
        CoreEntries core = CoreEntries.INSTANCE;
        append(0, 1, core.beginId, Predefine.TOTAL_FREQUENCY / 10, Nature.begin);
        append(lines - 1, 1, core.endId, Predefine.TOTAL_FREQUENCY / 10, Nature.end);
        // every core-dictionary word at every position, in DoubleArrayTrie.Searcher's order (by start, then
        // length) and by its steps, over the trie's arrays held in locals (the Searcher keeps its state in
        // fields and reads the arrays through its trie at each step, which C1, the launcher's compiler, does
        // not keep in registers: its next() was 5% of a cold ingest's samples)
        int[] base = core.trie.base;
        int[] check = core.trie.check;
        int root = base[0];
        for (int begin = 0; begin < text.length; begin++) {
            int b = root;
            for (int i = begin; i < text.length; i++) {
                int p = b + text[i] + 1;
                if (b != check[p]) {
                    break;
                }
                b = base[p];
                int leaf = base[b];
                if (b == check[b] && leaf < 0) {
                    int e = -leaf - 1;
                    add(begin + 1, i - begin + 1, core.wordId[e], core.frequency[e], core.nature[e]);
                }
            }
        }
        // atoms where no word starts, so that the lattice is connected
        for (int i = 1; i < lines; ) {
            if (lineHead[i] == NONE) {
                int j = i + 1;
                for (; j < lines - 1; ++j) {
                    if (lineHead[j] != NONE && CharType.get(text[j - 1]) != CharType.CT_CNUM) {
                        break;
                    }
                }
                addAtoms(text, i, i - 1, j - 1);
                i = j;
            } else {
                i += vLen[lineTail[i]];
            }
        }
    }

    /** Segment.quickAtomSegment over text[start, end), added from the given line on as WordNet.add(line, atoms) does. */
    private void addAtoms(char[] text, int line, int start, int end) {
        int at = start;
        int preType = CharType.get(text[at]);
        int offset = 0;
        while (++at < end) {
            int curType = CharType.get(text[at]);
            if (curType != preType) {
                if (preType == CharType.CT_NUM && "，,．.".indexOf(text[at]) != -1 && at + 1 < end
                        && CharType.get(text[at + 1]) == CharType.CT_NUM) {
                    continue; // a decimal point or thousands separator inside a number
                }
                addAtom(line + offset, at - start, preType);
                offset += at - start;
                start = at;
            }
            preType = curType;
        }
        addAtom(line + offset, at - start, preType);
    }

    private void addAtom(int line, int length, int type) {
        Nature nature = Nature.n;
        int id = -1;
        switch (type) {
            case CharType.CT_NUM, CharType.CT_INDEX, CharType.CT_CNUM -> {
                nature = Nature.m;
                id = CoreDictionary.M_WORD_ID;
            }
            case CharType.CT_DELIMITER, CharType.CT_OTHER -> nature = Nature.w;
            case CharType.CT_SINGLE -> {
                nature = Nature.nx;
                id = CoreDictionary.X_WORD_ID;
            }
            default -> { }
        }
        add(line, length, id, Predefine.OOV_DEFAULT_FREQUENCY, nature);
    }

    /** WordNet.add: a line holds at most one word of each length, the first one added. */
    private void add(int line, int length, int wordId, int frequency, Nature nature) {
        for (int v = lineHead[line]; v != NONE; v = vNext[v]) {
            if (vLen[v] == length) {
                return;
            }
        }
        append(line, length, wordId, frequency, nature);
    }

    private void append(int line, int length, int wordId, int frequency, Nature nature) {
        if (vertices == vLine.length) {
            growVertices();
        }
        int v = vertices++;
        vLine[v] = line;
        vLen[v] = length;
        vWordId[v] = wordId;
        vFreq[v] = frequency;
        vNature[v] = nature;
        vNext[v] = NONE;
        vFrom[v] = NONE;
        vWeight[v] = 0;
        if (lineTail[line] == NONE) {
            lineHead[line] = v;
        } else {
            vNext[lineTail[line]] = v;
        }
        lineTail[line] = v;
    }

    private void growVertices() {
        int size = vLine.length * 2;
        vLine = Arrays.copyOf(vLine, size);
        vLen = Arrays.copyOf(vLen, size);
        vWordId = Arrays.copyOf(vWordId, size);
        vFreq = Arrays.copyOf(vFreq, size);
        vNature = Arrays.copyOf(vNature, size);
        vNext = Arrays.copyOf(vNext, size);
        vFrom = Arrays.copyOf(vFrom, size);
        vWeight = Arrays.copyOf(vWeight, size);
    }

    // ---- shortest path (ViterbiSegment.viterbi, Vertex.updateFrom, MathUtility.calculateWeight) ----

    private void shortestPath(int n) {
        int begin = lineHead[0];
        for (int v = lineHead[1]; v != NONE; v = vNext[v]) {
            relax(begin, v);
        }
        for (int i = 1; i < n + 1; ++i) {
            for (int v = lineHead[i]; v != NONE; v = vNext[v]) {
                if (vFrom[v] == NONE) {
                    continue;
                }
                for (int to = lineHead[i + vLen[v]]; to != NONE; to = vNext[to]) {
                    relax(v, to);
                }
            }
        }
        int count = 0;
        for (int v = vFrom[lineHead[n + 1]]; v != begin; v = vFrom[v]) {
            count++;
        }
        ensureWords(count);
        words = count;
        for (int v = vFrom[lineHead[n + 1]], w = count - 1; v != begin; v = vFrom[v], w--) {
            wStart[w] = vLine[v] - 1;
            wEnd[w] = vLine[v] - 1 + vLen[v];
            wNature[w] = vNature[v];
        }
    }

    private void relax(int from, int to) {
        int fBigram = BigramCache.frequency(vWordId[from], vWordId[to]);
        // MathUtility.calculateWeight, term for term, so that the doubles (and the ties) come out the same
        double weight = vWeight[from] - Math.log(Predefine.lambda * (Predefine.myu * fBigram / (vFreq[from] + 1) + 1 - Predefine.myu)
                + (1 - Predefine.lambda) * vFreq[to] / Predefine.TOTAL_FREQUENCY);
        if (vFrom[to] == NONE || vWeight[to] > weight) {
            vFrom[to] = from;
            vWeight[to] = weight;
        }
    }

    private void ensureWords(int count) {
        if (wStart.length < count) {
            int size = Math.max(count, wStart.length * 2);
            wStart = new int[size];
            wEnd = new int[size];
            wNature = new Nature[size];
        }
    }

    // ---- dictionary merge (Segment.combineByCustomDictionary, its double-array trie pass) ----

    /** Runs of words that spell a dictionary entry become one word: longest run first, left to right. */
    private void mergeDictionaryWords(char[] text, TrieArrays dat) {
        int kept = 0;
        for (int i = 0; i < words; ++i) {
            int state = dat.walk(text, wStart[i], wEnd[i], 1);
            int end = i + 1;
            CoreDictionary.Attribute value = null;
            if (state > 0) {
                value = dat.output(state);
                for (int to = i + 1; to < words; ++to) {
                    state = dat.walk(text, wStart[to], wEnd[to], state);
                    if (state < 0) {
                        break;
                    }
                    CoreDictionary.Attribute output = dat.output(state);
                    if (output != null) {
                        value = output;
                        end = to + 1;
                    }
                }
            }
            if (value == null) {
                end = i + 1;
            }
            wStart[kept] = wStart[i];
            wEnd[kept] = wEnd[end - 1];
            wNature[kept] = value == null ? wNature[i] : value.nature[0];
            kept++;
            i = end - 1;
        }
        words = kept;
    }

    /**
     * A {@link DoubleArrayTrie}'s arrays, read once, walked as its {@code transition(char, int)} and
     * {@code output(int)} do, step for step (with the core dictionary's search above: segmenting 5-10%
     * faster on C1). A snapshot: the tries are built once and never changed in place here.
     */
    static final class TrieArrays {
        private static final java.lang.reflect.Field BASE = field("base");
        private static final java.lang.reflect.Field CHECK = field("check");
        private static final java.lang.reflect.Field VALUES = field("v");

        final int[] base;
        final int[] check;
        private final Object[] values;

        private TrieArrays(int[] base, int[] check, Object[] values) {
            this.base = base;
            this.check = check;
            this.values = values;
        }

        static TrieArrays of(DoubleArrayTrie<CoreDictionary.Attribute> trie) {
            try {
                return new TrieArrays((int[]) BASE.get(trie), (int[]) CHECK.get(trie), (Object[]) VALUES.get(trie));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("HanLP's DoubleArrayTrie cannot be read", e);
            }
        }

        private static java.lang.reflect.Field field(String name) {
            try {
                java.lang.reflect.Field f = DoubleArrayTrie.class.getDeclaredField(name);
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        /** transition(text[i], state) for i in [start, end), stopping at -1. */
        int walk(char[] text, int start, int end, int state) {
            for (int i = start; i < end && state >= 0; i++) {
                int p = state + text[i] + 1;
                state = state == check[p] ? base[p] : -1;
            }
            return state;
        }

        /** The value of the word that ends at {@code state}, or null. */
        CoreDictionary.Attribute output(int state) {
            if (state < 0) {
                return null;
            }
            int leaf = base[state];
            return state == check[state] && leaf < 0 ? (CoreDictionary.Attribute) values[-leaf - 1] : null;
        }
    }

    /**
     * HanLP's bigram table (how often word B follows word A), behind a small cache: the table is a
     * binary search in arrays of several megabytes, and the same pairs of common words come back
     * all the time (nine lookups in ten hit the cache on the benchmark corpus; the shortest-path
     * step takes half the time). One cache for all threads: each slot is one long holding both
     * word ids and the frequency, written and read whole, so a race costs a miss, never a wrong value.
     * Like {@link CoreEntries}, it assumes HanLP's core and bigram dictionaries are loaded once per
     * JVM (as this project does): reloading them in place would leave both snapshots stale.
     */
    static final class BigramCache {
        private static final int SLOTS = 1 << 16;
        private static final int ID_BITS = 20;
        private static final int FREQUENCY_BITS = 24;
        private static final java.util.concurrent.atomic.AtomicLongArray SLOT = new java.util.concurrent.atomic.AtomicLongArray(SLOTS);

        private BigramCache() {
        }

        static int frequency(int a, int b) {
            if ((a | b) < 0 || a >= 1 << ID_BITS || b >= 1 << ID_BITS) {
                return CoreBiGramTableDictionary.getBiFrequency(a, b); // a word from no dictionary: no lookup
            }
            long key = (long) a << ID_BITS | b;
            int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> (64 - 16));
            long held = SLOT.getOpaque(slot);
            if (held != 0 && held >>> FREQUENCY_BITS == key) {
                return (int) (held & ((1 << FREQUENCY_BITS) - 1));
            }
            int f = CoreBiGramTableDictionary.getBiFrequency(a, b);
            if (f < 1 << FREQUENCY_BITS) {
                SLOT.setOpaque(slot, key << FREQUENCY_BITS | f);
            }
            return f;
        }
    }

    /**
     * What HanLP's {@code Vertex} makes of each core-dictionary entry: numbers, times, Latin
     * strings and names are weighed as their class (未##数, 未##时 …), with that class's id,
     * frequency and tag. Computed once, through Vertex itself, so it cannot drift from HanLP; a
     * snapshot of the core dictionary as first loaded (reloading it in place is not supported).
     */
    private static final class CoreEntries {
        static final CoreEntries INSTANCE = new CoreEntries();

        final int[] wordId;
        final int[] frequency;
        final Nature[] nature;
        final TrieArrays trie = TrieArrays.of(CoreDictionary.trie);
        final int beginId = CoreDictionary.BEGIN_WORD_ID;
        final int endId = CoreDictionary.END_WORD_ID;

        private CoreEntries() {
            int size = CoreDictionary.trie.size();
            wordId = new int[size];
            frequency = new int[size];
            nature = new Nature[size];
            for (int e = 0; e < size; e++) {
                Vertex v = new Vertex("字", CoreDictionary.trie.get(e), e);
                wordId[e] = v.wordID;
                frequency[e] = v.attribute.totalFrequency;
                nature[e] = v.attribute.nature[0];
            }
        }
    }
}
