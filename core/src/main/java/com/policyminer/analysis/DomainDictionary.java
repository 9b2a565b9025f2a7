package com.policyminer.analysis;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.trie.DoubleArrayTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.dictionary.other.CharTable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HanLP's bundled custom dictionary plus our domain word lists. A list is a UTF-8 text file, one
 * entry a line: {@code word [pos [frequency]]}; '#' starts a comment. Lists are named either as
 * class-path resources or as file paths. Loaded dictionaries are cached by their list of names,
 * since HanLP dictionaries are large and read-only once built.
 */
public final class DomainDictionary {

    /** The word lists shipped with the analyzer: place names, policy vocabulary, strategies, Latin terms. */
    public static final List<String> DEFAULT_LISTS = List.of(
            "com/policyminer/analysis/places.txt",
            "com/policyminer/analysis/policy-terms.txt");

    private static final Map<List<String>, DomainDictionary> CACHE = new ConcurrentHashMap<>();

    private final DynamicCustomDictionary hanlp;
    private final DoubleArrayTrie<CoreDictionary.Attribute> added;
    private final Decomposer decomposer;

    private DomainDictionary(DynamicCustomDictionary hanlp, DoubleArrayTrie<CoreDictionary.Attribute> added,
                             Decomposer decomposer) {
        this.hanlp = hanlp;
        this.added = added;
        this.decomposer = decomposer;
    }

    /** The word lists a factory argument names (comma-separated), or {@link #DEFAULT_LISTS} when it names none. */
    static List<String> lists(String commaSeparated) {
        return commaSeparated == null ? DEFAULT_LISTS
                : java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static DomainDictionary load(List<String> lists) {
        return CACHE.computeIfAbsent(List.copyOf(lists), DomainDictionary::build);
    }

    /** HanLP's custom dictionary, with our entries' part of speech and frequency where it has them. */
    DynamicCustomDictionary hanlp() {
        return hanlp;
    }

    /** Our entries HanLP's dictionary does not have; null when there are none. */
    DoubleArrayTrie<CoreDictionary.Attribute> added() {
        return added;
    }

    /**
     * A segmenter over these words: HanLP's custom dictionary merged first, then ours (the order
     * HanLP merges its own dictionary and words {@code insert}ed at run time in). One per tokenizer.
     */
    LatticeSegmenter newSegmenter() {
        return new LatticeSegmenter(hanlp.dat, added);
    }

    /** Splits words that contain our entries, for the index (see {@link DecompoundFilter}). */
    Decomposer decomposer() {
        return decomposer;
    }

    private static DomainDictionary build(List<String> lists) {
        DynamicCustomDictionary dict = new DynamicCustomDictionary(HanLP.Config.CustomDictionaryPath);
        TreeMap<String, CoreDictionary.Attribute> added = new TreeMap<>();
        Set<String> ours = new HashSet<>();
        for (String list : lists) {
            try (InputStream in = open(list);
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    String s = line.strip();
                    if (!s.isEmpty() && !s.startsWith("#")) {
                        String[] parts = s.split("\\s+");
                        String word = HanLP.Config.Normalization ? CharTable.convert(parts[0]) : parts[0];
                        CoreDictionary.Attribute att = CoreDictionary.Attribute.create(
                                (parts.length > 1 ? parts[1] : "nz") + " " + (parts.length > 2 ? parts[2] : "1000"));
                        // as DynamicCustomDictionary.insert: a word HanLP has gets our attribute in place;
                        // the others go to a trie of their own, merged after HanLP's (where HanLP would
                        // keep them in a slower binary trie, which stays empty: nothing is inserted)
                        if (att != null && !dict.dat.set(word, att)) {
                            added.put(word, att);
                        }
                        ours.add(parts[0].toLowerCase(Locale.ROOT));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read dictionary " + list, e);
            }
        }
        return new DomainDictionary(dict, added.isEmpty() ? null : new DoubleArrayTrie<>(added),
                new Decomposer(Set.copyOf(ours)));
    }

    private static InputStream open(String list) throws IOException {
        Path p = Path.of(list);
        if (Files.isRegularFile(p)) {
            return Files.newInputStream(p);
        }
        InputStream in = DomainDictionary.class.getClassLoader().getResourceAsStream(list);
        if (in == null) {
            throw new IOException("no such dictionary file or resource: " + list);
        }
        return in;
    }
}
