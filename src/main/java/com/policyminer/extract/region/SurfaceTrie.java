package com.policyminer.extract.region;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The surface forms the region scanner looks for, as a character trie: walking the text from one
 * position finds every form starting there without building a substring per candidate length.
 */
final class SurfaceTrie {

    private final char[] keys;
    private final SurfaceTrie[] children;
    private final boolean terminal;

    private SurfaceTrie(char[] keys, SurfaceTrie[] children, boolean terminal) {
        this.keys = keys;
        this.children = children;
        this.terminal = terminal;
    }

    static SurfaceTrie of(Collection<String> surfaces) {
        Builder root = new Builder();
        for (String s : surfaces) {
            Builder b = root;
            for (int k = 0; k < s.length(); k++) {
                b = b.next.computeIfAbsent(s.charAt(k), c -> new Builder());
            }
            b.terminal = true;
        }
        return root.build();
    }

    /**
     * Lengths of the surface forms that start at {@code at}, longest first, written into {@code out};
     * returns how many there are (at most {@code out.length}).
     */
    int lengthsAt(CharSequence text, int at, int[] out) {
        int found = 0;
        SurfaceTrie node = this;
        for (int p = at; p < text.length(); p++) {
            int k = Arrays.binarySearch(node.keys, text.charAt(p));
            if (k < 0) {
                break;
            }
            node = node.children[k];
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

    private static final class Builder {
        final Map<Character, Builder> next = new TreeMap<>();
        boolean terminal;

        SurfaceTrie build() {
            char[] keys = new char[next.size()];
            SurfaceTrie[] children = new SurfaceTrie[next.size()];
            int i = 0;
            for (Map.Entry<Character, Builder> e : next.entrySet()) {
                keys[i] = e.getKey();
                children[i++] = e.getValue().build();
            }
            return new SurfaceTrie(keys, children, terminal);
        }
    }
}
