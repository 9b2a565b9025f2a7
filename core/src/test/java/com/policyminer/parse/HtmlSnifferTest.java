package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link HtmlSniffer#coverage} tries its tag pattern only at a {@code <}: the same coverage as {@code Matcher.find()} over every character gave. */
class HtmlSnifferTest {

    /** The sniffer's tag pattern and hidden elements, as they were when this reference was taken. */
    private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([A-Za-z][A-Za-z0-9:-]*)(?:\\s[^<>]*)?/?>", Pattern.DOTALL);
    private static final java.util.Set<String> HIDDEN = java.util.Set.of("script", "style", "noscript", "template");

    private record Open(String name, int end) {
    }

    /** The coverage as computed before, with {@code Matcher.find()}. */
    private static double reference(String s) {
        boolean[] inTag = new boolean[s.length()];
        List<int[]> covered = new ArrayList<>();
        Deque<Open> open = new ArrayDeque<>();
        int pairs = 0;
        Matcher m = TAG.matcher(s);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                inTag[i] = true;
            }
            if (m.group(2) == null) {
                continue; // a comment
            }
            String name = m.group(2).toLowerCase(Locale.ROOT);
            if (m.group(1).isEmpty()) {
                open.push(new Open(name, m.end()));
                continue;
            }
            int looked = 0;
            for (Open o : open) {
                if (++looked > 64) {
                    break;
                }
                if (o.name().equals(name)) {
                    while (open.pop() != o) {
                        // unmatched elements inside the pair (<br>, <img>, an unclosed <p>) are dropped
                    }
                    covered.add(new int[]{o.end(), m.start(), HIDDEN.contains(name) ? 1 : 0});
                    pairs++;
                    break;
                }
            }
        }
        if (pairs < 2) {
            return 0;
        }
        int[] depth = new int[s.length() + 1]; // +1 where a span starts, -1 where it ends: linear, however deep the nesting
        int[] hiddenDepth = new int[s.length() + 1];
        for (int[] span : covered) {
            int[] d = span[2] == 1 ? hiddenDepth : depth;
            d[span[0]]++;
            d[span[1]]--;
        }
        int text = 0;
        int in = 0;
        int d = 0;
        int hidden = 0;
        for (int i = 0; i < s.length(); i++) {
            d += depth[i];
            hidden += hiddenDepth[i];
            if (!inTag[i] && hidden == 0 && !Character.isWhitespace(s.charAt(i))) {
                text++;
                if (d > 0) {
                    in++;
                }
            }
        }
        return text == 0 ? 1 : (double) in / text;
    }

    @Test
    void sameCoverageAsFindOnTheSeedAndHeldOutTexts() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("corpus", "core/src/test/resources/heldout/reports")) {
            try (Stream<Path> s = Files.list(Path.of(folder))) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        files.add(Path.of("core/src/test/resources/fixtures/quoted-tags-report.txt"));
        for (Path f : files) {
            String body = FrontMatter.split(Files.readString(f)).body();
            assertEquals(reference(body), HtmlSniffer.coverage(body), f.toString());
        }
    }

    @Test
    void sameCoverageAsFindOnRandomMarkup() {
        Random random = new Random(16);
        String[] pieces = {"<p>", "</p>", "<div class=\"x\">", "</div>", "<br/>", "<script>", "</script>", "<!-- 注释 -->", "<!--",
                "-->", "<", ">", "< p>", "<p", "a<b", "文本", "研发投入", " ", "\n", "<img src=x>", "</span>", "<span>", "<a href='u'>", "</a>"};
        for (int round = 0; round < 3_000; round++) {
            StringBuilder s = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                s.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = s.toString();
            assertEquals(reference(text), HtmlSniffer.coverage(text), text);
        }
    }
}
