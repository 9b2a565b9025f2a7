package com.policyminer.extract.text;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of surface forms as a character trie: walking the text from one position finds every form
 * starting there without building a substring per candidate length. The root, and any node with many
 * children, indexes its children by character, so the scan's step at every position of a text, which
 * mostly finds nothing, costs one array read even for a small vocabulary (or an empty one). Other
 * nodes hold a few keys (most hold one) and are searched linearly, which is cheaper than a binary
 * search at that size.
 */
public final class SurfaceTrie {

    private static final int INDEXED_FROM = 8;

    private final char[] keys;
    private final SurfaceTrie[] children;
    private final boolean terminal;
    /** Children by {@code c - firstKey} for wide nodes; null for narrow ones (binary search in keys). */
    private final SurfaceTrie[] byChar;
    private final char firstKey;
    /** The keys as bits, for wide nodes: a miss (most positions of a text) is decided in a small table. */
    private final long[] keyBits;

    private SurfaceTrie(char[] keys, SurfaceTrie[] children, boolean terminal, boolean root) {
        this.keys = keys;
        this.children = children;
        this.terminal = terminal;
        if (root && keys.length == 0) {
            this.firstKey = 0;
            this.keyBits = new long[0]; // every character misses
            this.byChar = new SurfaceTrie[0];
        } else if (root || keys.length >= INDEXED_FROM) {
            this.firstKey = keys[0];
            this.keyBits = new long[(keys[keys.length - 1] >>> 6) + 1];
            for (char c : keys) {
                keyBits[c >>> 6] |= 1L << c;
            }
            this.byChar = new SurfaceTrie[keys[keys.length - 1] - keys[0] + 1];
            for (int i = 0; i < keys.length; i++) {
                byChar[keys[i] - firstKey] = children[i];
            }
        } else {
            this.firstKey = 0;
            this.byChar = null;
            this.keyBits = null;
        }
    }

    public static SurfaceTrie of(Collection<String> surfaces) {
        Builder root = new Builder();
        for (String s : surfaces) {
            Builder b = root;
            for (int k = 0; k < s.length(); k++) {
                b = b.next.computeIfAbsent(s.charAt(k), c -> new Builder());
            }
            b.terminal = true;
        }
        return root.build(true);
    }

    /**
     * Lengths of the surface forms that start at {@code at}, longest first, written into {@code out};
     * returns how many there are (at most {@code out.length}: the shortest ones when there are more).
     */
    public int lengthsAt(CharSequence text, int at, int[] out) {
        int found = 0;
        SurfaceTrie node = this;
        for (int p = at; p < text.length(); p++) {
            node = node.child(text.charAt(p));
            if (node == null) {
                break;
            }
            if (node.terminal && found < out.length) {
                out[found++] = p + 1 - at;
            }
        }
        for (int a = 0, b = found - 1; a < b; a++, b--) { // longest first
            int t = out[a];
            out[a] = out[b];
            out[b] = t;
        }
        return found;
    }

    /** Length of the longest surface form starting at {@code at} and ending by {@code limit}, or 0. */
    public int longestAt(CharSequence text, int at, int limit) {
        int longest = 0;
        SurfaceTrie node = this;
        for (int p = at; p < limit; p++) {
            node = node.child(text.charAt(p));
            if (node == null) {
                break;
            }
            if (node.terminal) {
                longest = p + 1 - at;
            }
        }
        return longest;
    }

    /** True when a surface form of at least {@code minLength} chars starts at {@code at} and ends by {@code limit}. */
    public boolean anyAt(CharSequence text, int at, int minLength, int limit) {
        SurfaceTrie node = this;
        for (int p = at; p < limit; p++) {
            node = node.child(text.charAt(p));
            if (node == null) {
                return false;
            }
            if (node.terminal && p + 1 - at >= minLength) {
                return true;
            }
        }
        return false;
    }

    private SurfaceTrie child(char c) {
        if (byChar != null) {
            int word = c >>> 6;
            return word < keyBits.length && (keyBits[word] & 1L << c) != 0 ? byChar[c - firstKey] : null;
        }
        char[] ks = keys;
        for (int k = 0; k < ks.length; k++) { // sorted: stop at the first larger key
            char key = ks[k];
            if (key >= c) {
                return key == c ? children[k] : null;
            }
        }
        return null;
    }

    private static final class Builder {
        final Map<Character, Builder> next = new TreeMap<>();
        boolean terminal;

        SurfaceTrie build(boolean root) {
            char[] keys = new char[next.size()];
            SurfaceTrie[] children = new SurfaceTrie[next.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : next.entrySet()) {
                keys[i] = e.getKey();
                children[i++] = e.getValue().build(false);
            }
            return new SurfaceTrie(keys, children, terminal, root);
        }
    }
}
