package com.policyminer.extract.text;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * A set of surface forms as a character trie: walking the text from one position finds every form
 * starting there without building a substring per candidate length.
 * <p>The extractors walk from every position of every text, and most walks find nothing. Two small
 * tables answer those without touching the nodes (which for a large vocabulary such as the
 * gazetteer are scattered over the heap): the one-character forms, and a hashed bit set of the
 * first two characters of the longer forms. A pair that is not set starts no longer form; a pair
 * that is set (or a false positive of the hash) walks the nodes as before, so the answers are
 * exactly the walk's.
 * <p>The texts are {@code String}s, not {@code CharSequence}s: on C1 (the launcher's compiler) {@code charAt}
 * through the interface is a call per character, through {@code String} it is inlined (the scan of a
 * report for the gazetteer's forms takes two thirds of the time).
 */
public final class SurfaceTrie {

    private static final int MIN_PAIR_BITS = 1 << 10;
    private static final int MAX_PAIR_BITS = 1 << 22;
    /** Bits per distinct pair: about one walk in sixteen that finds nothing still passes the table. */
    private static final int BITS_PER_PAIR = 16;

    private final Node root;
    /** One bit per char value below the largest first character: a one-character form. */
    private final long[] oneCharForms;
    /**
     * One bit per char value (all 65,536): the first character of some form. Most characters of a text
     * start none, and this small table (8 KB) rules them out before the pair table's hash is computed.
     */
    private final long[] firstChars = new long[(Character.MAX_VALUE >>> 6) + 1];
    /** Hashed first two characters of every form of two or more characters. */
    private final long[] pairs;
    private final int pairShift;

    private SurfaceTrie(Node root, Collection<String> surfaces) {
        this.root = root;
        int longest1 = 0;
        java.util.Set<Integer> distinctPairs = new java.util.HashSet<>();
        for (String s : surfaces) {
            if (s.length() == 1) {
                longest1 = Math.max(longest1, s.charAt(0) + 1);
            } else if (s.length() >= 2) {
                distinctPairs.add(s.charAt(0) << 16 | s.charAt(1));
            }
        }
        this.oneCharForms = new long[(longest1 + 63) >>> 6];
        for (String s : surfaces) {
            if (s.length() == 1) {
                oneCharForms[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
            }
            if (!s.isEmpty()) {
                firstChars[s.charAt(0) >>> 6] |= 1L << s.charAt(0);
            }
        }
        int bits = MIN_PAIR_BITS;
        while (bits < MAX_PAIR_BITS && bits < distinctPairs.size() * BITS_PER_PAIR) {
            bits <<= 1;
        }
        this.pairs = new long[bits >>> 6];
        this.pairShift = 32 - Integer.numberOfTrailingZeros(bits);
        for (int pair : distinctPairs) {
            int h = pairHash((char) (pair >>> 16), (char) pair);
            pairs[h >>> 6] |= 1L << h;
        }
    }

    /**
     * The trie of {@code surfaces}; each form is numbered by its place in their iteration order (the first place
     * when it is there twice): {@link #lengthsAt(String, int, int[], int[])} reports those numbers.
     */
    public static SurfaceTrie of(Collection<String> surfaces) {
        Node.Builder root = new Node.Builder();
        int number = 0;
        for (String s : surfaces) {
            Node.Builder b = root;
            for (int k = 0; k < s.length(); k++) {
                b = b.next.computeIfAbsent(s.charAt(k), c -> new Node.Builder());
            }
            if (!b.terminal) {
                b.terminal = true;
                b.form = number;
            }
            number++;
        }
        return new SurfaceTrie(root.build(true), surfaces);
    }

    /**
     * Lengths of the surface forms that start at {@code at}, longest first, written into {@code out};
     * returns how many there are (at most {@code out.length}: the shortest ones when there are more).
     */
    public int lengthsAt(String text, int at, int[] out) {
        return lengthsAt(text, at, out, null);
    }

    /**
     * As {@link #lengthsAt(String, int, int[])}, and each form's number (see {@link #of}) written into
     * {@code forms} (as long as {@code out}) beside its length.
     */
    public int lengthsAt(String text, int at, int[] out, int[] forms) {
        int n = text.length();
        if (at >= n) {
            return 0;
        }
        int found = 0;
        if (isOneCharForm(text.charAt(at)) && out.length > 0) {
            if (forms != null) {
                forms[found] = root.child(text.charAt(at)).form;
            }
            out[found++] = 1;
        }
        Node node = firstOfLonger(text, at, n);
        if (node != null) {
            for (int p = at + 1; p < n; p++) {
                node = node.child(text.charAt(p));
                if (node == null) {
                    break;
                }
                if (node.terminal && found < out.length) {
                    if (forms != null) {
                        forms[found] = node.form;
                    }
                    out[found++] = p + 1 - at;
                }
            }
        }
        for (int a = 0, b = found - 1; a < b; a++, b--) { // longest first
            int t = out[a];
            out[a] = out[b];
            out[b] = t;
            if (forms != null) {
                t = forms[a];
                forms[a] = forms[b];
                forms[b] = t;
            }
        }
        return found;
    }

    /** Length of the longest surface form starting at {@code at} and ending by {@code limit}, or 0. */
    public int longestAt(String text, int at, int limit) {
        if (at >= limit) {
            return 0;
        }
        int longest = isOneCharForm(text.charAt(at)) ? 1 : 0;
        Node node = firstOfLonger(text, at, limit);
        if (node != null) {
            for (int p = at + 1; p < limit; p++) {
                node = node.child(text.charAt(p));
                if (node == null) {
                    break;
                }
                if (node.terminal) {
                    longest = p + 1 - at;
                }
            }
        }
        return longest;
    }

    /** True when a surface form of at least {@code minLength} chars starts at {@code at} and ends by {@code limit}. */
    public boolean anyAt(String text, int at, int minLength, int limit) {
        if (at >= limit) {
            return false;
        }
        if (minLength <= 1 && isOneCharForm(text.charAt(at))) {
            return true;
        }
        Node node = firstOfLonger(text, at, limit);
        if (node == null) {
            return false;
        }
        for (int p = at + 1; p < limit; p++) {
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

    /**
     * The first position at or after {@code from} where a form may start (the tables cannot rule it
     * out), or the text's length. A scan that asks every position can jump from one to the next: the
     * positions between start no form, and the tight loop here reads each character once.
     */
    public int nextPossibleStart(String text, int from) {
        int n = text.length();
        long[] first = firstChars;
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            if ((first[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            if (isOneCharForm(c)) {
                return i;
            }
            if (i + 1 < n) {
                int h = pairHash(c, text.charAt(i + 1));
                if ((pairs[h >>> 6] & 1L << h) != 0) {
                    return i;
                }
            }
        }
        return n;
    }

    private boolean isOneCharForm(char c) {
        int word = c >>> 6;
        return word < oneCharForms.length && (oneCharForms[word] & 1L << c) != 0;
    }

    /**
     * The node of {@code text[at]} when a form of two or more characters may start at {@code at}
     * (its first two characters pass the pair table) and fit before {@code limit}; null when none can.
     */
    private Node firstOfLonger(String text, int at, int limit) {
        if (at + 1 >= limit) {
            return null;
        }
        char c1 = text.charAt(at);
        int h = pairHash(c1, text.charAt(at + 1));
        if ((pairs[h >>> 6] & 1L << h) == 0) {
            return null;
        }
        return root.child(c1);
    }

    private int pairHash(char c1, char c2) {
        return ((c1 * 0x9E3779B1) ^ (c2 * 0x85EBCA77)) * 0xC2B2AE3D >>> pairShift;
    }

    /**
     * One node of the trie. The root, and any node with many children, indexes its children by
     * character; other nodes hold a few keys (most hold one) and are searched linearly, which is
     * cheaper than a binary search at that size.
     */
    private static final class Node {

        private static final int INDEXED_FROM = 8;

        private final char[] keys;
        private final Node[] children;
        private final boolean terminal;
        /** The number of the form ending here (see {@link SurfaceTrie#of}); -1 when none does. */
        private final int form;
        /** Children by {@code c - firstKey} for indexed nodes; null for narrow ones. */
        private final Node[] byChar;
        private final char firstKey;
        /** The keys as bits, for indexed nodes: a miss is decided in a small table. */
        private final long[] keyBits;

        private Node(char[] keys, Node[] children, boolean terminal, int form, boolean root) {
            this.keys = keys;
            this.children = children;
            this.terminal = terminal;
            this.form = form;
            if (root && keys.length == 0) {
                this.firstKey = 0;
                this.keyBits = new long[0]; // every character misses
                this.byChar = new Node[0];
            } else if (root || keys.length >= INDEXED_FROM) {
                this.firstKey = keys[0];
                this.keyBits = new long[(keys[keys.length - 1] >>> 6) + 1];
                for (char c : keys) {
                    keyBits[c >>> 6] |= 1L << c;
                }
                this.byChar = new Node[keys[keys.length - 1] - keys[0] + 1];
                for (int i = 0; i < keys.length; i++) {
                    byChar[keys[i] - firstKey] = children[i];
                }
            } else {
                this.firstKey = 0;
                this.byChar = null;
                this.keyBits = null;
            }
        }

        Node child(char c) {
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
            int form = -1;

            Node build(boolean root) {
                char[] keys = new char[next.size()];
                Node[] children = new Node[next.size()];
                int i = 0;
                for (Map.Entry<Character, Builder> e : next.entrySet()) {
                    keys[i] = e.getKey();
                    children[i++] = e.getValue().build(false);
                }
                return new Node(keys, children, terminal, form, root);
            }
        }
    }
}
