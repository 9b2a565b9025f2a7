package com.policyminer.extract.org;

import com.policyminer.extract.text.CharBuckets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The data of the suffix rule: name endings with their kind and head rule (suffixes.tsv), endings
 * that make a concept rather than a body (not-organizations.txt), words that end the left context of
 * a name (boundary-words.txt) and modifiers that make a phrase generic (generic-heads.txt).
 */
final class OrganizationRules {

    /** A name ending: 研究院 → institute, head rule proper; parent: the body it belongs to (证监局 → 证监会), or "". */
    record Suffix(String text, String kind, String headRule, String parent) {
        Suffix {
            if (text == null || text.isEmpty()) {
                throw new IllegalArgumentException("empty organization suffix in suffixes.tsv");
            }
        }
    }

    private final List<Suffix> suffixes;
    /** The suffixes by last and by first character, longest first: tried at every position of a text. */
    private final CharBuckets<Suffix> byLastChar;
    private final CharBuckets<Suffix> byFirstChar;
    private final List<String> conceptEndings;
    private final List<String> boundaryWords;
    /** Indices into {@link #boundaryWords} by the word's first character. */
    private final CharBuckets<Integer> boundaryWordsByFirstChar;
    private final List<String> genericHeads;
    private final CompanyDescriptions companyDescriptions;

    OrganizationRules(List<Suffix> suffixes, List<String> conceptEndings, List<String> boundaryWords,
                      List<String> genericHeads, CompanyDescriptions companyDescriptions) {
        this.companyDescriptions = companyDescriptions;
        List<Suffix> sorted = new ArrayList<>(suffixes);
        sorted.sort(Comparator.comparingInt((Suffix s) -> s.text().length()).reversed());
        this.suffixes = List.copyOf(sorted);
        this.byLastChar = CharBuckets.of(this.suffixes, s -> s.text().charAt(s.text().length() - 1));
        this.byFirstChar = CharBuckets.of(this.suffixes, s -> s.text().charAt(0));
        this.conceptEndings = List.copyOf(conceptEndings);
        this.boundaryWords = boundaryWords.stream().filter(w -> !w.isEmpty()).toList();
        List<Integer> indices = new ArrayList<>();
        for (int i = 0; i < this.boundaryWords.size(); i++) {
            indices.add(i);
        }
        this.boundaryWordsByFirstChar = CharBuckets.of(indices, i -> this.boundaryWords.get(i).charAt(0));
        this.genericHeads = List.copyOf(genericHeads);
    }

    static OrganizationRules load() {
        List<Suffix> suffixes = new ArrayList<>();
        for (String line : lines("suffixes.tsv")) {
            String[] f = line.split("\t");
            suffixes.add(new Suffix(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
        }
        return new OrganizationRules(suffixes, lines("not-organizations.txt"), lines("boundary-words.txt"),
                lines("generic-heads.txt"), CompanyDescriptions.load());
    }

    List<String> boundaryWords() {
        return boundaryWords;
    }

    /** Indices of the boundary words that start with {@code c}. */
    List<Integer> boundaryWordsStartingWith(char c) {
        return boundaryWordsByFirstChar.at(c);
    }

    /** 上市公司, 62家公司, 设计公司, 苏州拥有科创板上市公司: a description of companies, not a company's name. */
    boolean describesCompanies(String head) {
        return companyDescriptions.describes(head);
    }

    List<String> genericHeads() {
        return genericHeads;
    }

    /** The longest suffix that ends exactly at {@code end}, or null. */
    Suffix suffixEndingAt(String text, int end) {
        if (end == 0) {
            return null;
        }
        List<Suffix> candidates = byLastChar.at(text.charAt(end - 1)); // longest first
        for (int k = 0; k < candidates.size(); k++) {
            Suffix s = candidates.get(k);
            int start = end - s.text().length();
            if (start >= 0 && text.startsWith(s.text(), start)) {
                return s;
            }
        }
        return null;
    }

    /** A concept (国家区域科技创新中心) or a generic phrase (一流大学), not the name of one body. */
    boolean isConceptOrGeneric(String name) {
        return conceptEndings.stream().anyMatch(name::endsWith) || genericHeads.stream().anyMatch(name::contains);
    }

    /** True when a longer organization ending starts at {@code at} (丝路大学|联盟): the name goes on. */
    boolean suffixStartsAt(String text, int at) {
        if (at < 0 || at >= text.length()) {
            return false;
        }
        List<Suffix> candidates = byFirstChar.at(text.charAt(at));
        for (int k = 0; k < candidates.size(); k++) {
            if (text.startsWith(candidates.get(k).text(), at)) {
                return true;
            }
        }
        return false;
    }

    static List<String> lines(String name) {
        String resource = "/com/policyminer/extract/org/" + name;
        try (InputStream in = OrganizationRules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }
}
