package com.policyminer.bench;

import com.policyminer.bench.RealTextProfiles.Profile;
import com.policyminer.extract.Extraction;
import com.policyminer.index.IndexedReport;
import com.policyminer.ingest.DocumentPipeline;
import com.policyminer.model.Mention;
import com.policyminer.parse.ParseFailure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generated reports shaped like the real ones: each report's length is drawn from the real whole
 * reports of the repository, and its density of region, organization, policy and figure mentions
 * (per 1,000 characters) from the real reports and excerpts, as our extractors measured them (no count
 * beyond the most any real report has)
 * ({@code bench/real-report-profiles.tsv}, made by {@link RealTextProfiles}). The text is assembled
 * sentence by sentence from the real reports' sentences, each classified by what the extractors find
 * in it, so that the mention counts come out near the drawn ones; region names are swapped and numbers
 * rescaled as in {@link CorpusGenerator}. Report {@code i} depends only on the seed and {@code i}.
 */
final class ProfiledCorpusGenerator {

    /** Rows of the profile file that are excerpts (their lengths are not report lengths; their densities are used). */
    private static final String EXCERPTS = "core/src/test/resources/searcheval/docs/";
    private static final int NONE = 0;
    private static final int REGION = 1;
    private static final int ORG = 2;
    private static final int POLICY = 3;
    private static final int FIGURE = 4;

    /** A real sentence and what the extractors found in it: mentions of each kind, indexed as above. */
    record Sentence(String text, int[] counts) {
    }

    private final List<Profile> lengths;
    private final List<Profile> densities;
    private final List<List<Sentence>> buckets;
    /** The most mentions of each kind any real report has: a drawn count never goes past it. */
    private final int[] most = new int[FIGURE + 1];
    private final long seed;

    ProfiledCorpusGenerator(List<Profile> profiles, List<Sentence> sentences, long seed) {
        this.lengths = profiles.stream().filter(p -> !p.path().startsWith(EXCERPTS)).toList();
        this.densities = profiles.stream().filter(p -> p.chars() > 0).toList();
        for (Profile p : profiles) {
            most[REGION] = Math.max(most[REGION], p.regions());
            most[ORG] = Math.max(most[ORG], p.orgs());
            most[POLICY] = Math.max(most[POLICY], p.policies());
            most[FIGURE] = Math.max(most[FIGURE], p.figures());
        }
        this.buckets = new ArrayList<>();
        for (int k = 0; k <= FIGURE; k++) {
            buckets.add(new ArrayList<>());
        }
        for (Sentence s : sentences) {
            boolean any = false;
            for (int k = REGION; k <= FIGURE; k++) {
                if (s.counts()[k] > 0) {
                    buckets.get(k).add(s);
                    any = true;
                }
            }
            if (!any) {
                buckets.get(NONE).add(s);
            }
        }
        for (int k = NONE; k <= FIGURE; k++) {
            if (buckets.get(k).isEmpty()) {
                throw new IllegalArgumentException("no real sentence of kind " + k);
            }
        }
        this.seed = seed;
    }

    /** The generator over the real reports of the repository (run from its root) and the bundled profiles. */
    static ProfiledCorpusGenerator fromRepository(Path root, long seed) throws IOException {
        DocumentPipeline pipeline = RealTextProfiles.pipeline();
        List<Sentence> sentences = new ArrayList<>();
        for (Path f : RealTextProfiles.files(root)) {
            try {
                sentences.addAll(sentences(pipeline.process(f, f.getFileName().toString())));
            } catch (ParseFailure e) {
                throw new IOException(f + ": " + e.getMessage(), e);
            }
        }
        return new ProfiledCorpusGenerator(RealTextProfiles.bundled(), sentences, seed);
    }

    /** A report's sentences (split after 。！？； and at line ends) with the mentions that start in each. */
    static List<Sentence> sentences(IndexedReport r) {
        String text = r.analyzed().text();
        Extraction x = r.extraction();
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '；' || c == '\n') {
                spans.add(new int[] {from, i + 1});
                from = i + 1;
            }
        }
        if (from < text.length()) {
            spans.add(new int[] {from, text.length()});
        }
        List<Sentence> out = new ArrayList<>();
        for (int[] span : spans) {
            String t = text.substring(span[0], span[1]).strip();
            if (t.length() < 8 || t.startsWith("#")) {
                continue; // headings, list numbers, front matter
            }
            int[] counts = new int[FIGURE + 1];
            counts[REGION] = within(x.regions(), span);
            counts[ORG] = within(x.organizations(), span);
            counts[POLICY] = within(x.policies(), span);
            counts[FIGURE] = within(x.figures(), span);
            // a line that ends without a full stop (a heading, a list item) gets one: the sentences are put side by side
            out.add(new Sentence("。！？；：".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + "。", counts));
        }
        return out;
    }

    private static int within(List<? extends Mention> mentions, int[] span) {
        int n = 0;
        for (Mention m : mentions) {
            if (m.start() >= span[0] && m.start() < span[1]) {
                n++;
            }
        }
        return n;
    }

    /** Writes reports {@code from} … {@code to - 1} into {@code dir}; returns the characters written. */
    long write(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        long chars = 0;
        for (int i = from; i < to; i++) {
            String r = report(i);
            Files.writeString(dir.resolve(String.format("report-%06d.txt", i)), r, StandardCharsets.UTF_8);
            chars += r.length();
        }
        return chars;
    }

    String report(int index) {
        Random rnd = new Random(seed * 1_000_003L + index);
        Profile shape = lengths.get(rnd.nextInt(lengths.size()));
        Profile density = densities.get(rnd.nextInt(densities.size()));
        int target = (int) Math.max(200, shape.chars() * (0.8 + 0.4 * rnd.nextDouble()));
        double perChar = 1.0 / density.chars();
        int[] want = new int[FIGURE + 1];
        want[REGION] = (int) Math.round(density.regions() * perChar * target);
        want[ORG] = (int) Math.round(density.orgs() * perChar * target);
        want[POLICY] = (int) Math.round(density.policies() * perChar * target);
        want[FIGURE] = (int) Math.round(density.figures() * perChar * target);
        for (int k = REGION; k <= FIGURE; k++) {
            // a long report with an excerpt's density would mention more than any real report does
            want[k] = Math.min(want[k], most[k]);
        }
        Map<String, String> swap = CorpusGenerator.regionSwap(rnd);
        int yearShift = rnd.nextInt(8) - 4;
        int year = 2018 + rnd.nextInt(8);
        String region = CorpusGenerator.REGIONS.get(rnd.nextInt(CorpusGenerator.REGIONS.size()));
        StringBuilder b = new StringBuilder();
        b.append(region).append(year).append('年')
                .append(CorpusGenerator.TOPICS.get(rnd.nextInt(CorpusGenerator.TOPICS.size())))
                .append("（第").append(index + 1).append("期）\n");
        b.append("报告编号：PM-").append(seed).append('-').append(String.format("%06d", index)).append('\n');
        int[] have = new int[FIGURE + 1];
        int inParagraph = 0;
        int paragraph = 2 + rnd.nextInt(4);
        while (b.length() < target) {
            int kind = nextKind(want, have, (target - b.length()) / 45.0, rnd);
            List<Sentence> bucket = buckets.get(kind);
            Sentence s = bucket.get(rnd.nextInt(bucket.size()));
            for (int k = REGION; k <= FIGURE; k++) {
                have[k] += s.counts()[k];
            }
            String text = CorpusGenerator.substituteRegions(s.text(), swap);
            b.append(rnd.nextInt(10) < 3 ? text : CorpusGenerator.perturbNumbers(text, rnd, yearShift));
            if (++inParagraph >= paragraph) {
                b.append('\n');
                inParagraph = 0;
                paragraph = 2 + rnd.nextInt(4);
            }
        }
        return b.append('\n').toString();
    }

    /**
     * The kind of the next sentence: one with the kind still most short of its target, with the chance
     * that what is missing must come from the sentences left; else one with no mention.
     */
    private static int nextKind(int[] want, int[] have, double sentencesLeft, Random rnd) {
        int best = NONE;
        double bestShort = 0;
        for (int k = REGION; k <= FIGURE; k++) {
            double shortOf = want[k] - have[k];
            if (shortOf > bestShort) {
                best = k;
                bestShort = shortOf;
            }
        }
        if (best == NONE) {
            return NONE;
        }
        // a sentence of that kind carries about 1.5 mentions: how many of the sentences left must be of it
        double share = Math.min(1.0, bestShort / 1.5 / Math.max(1.0, sentencesLeft));
        return rnd.nextDouble() < Math.max(share, 0.15) ? best : NONE;
    }
}
