package com.policyminer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes synthetic reports recombined from the seed reports: runs of consecutive seed paragraphs
 * from several seeds, region names swapped consistently within a report, numbers rescaled, years
 * shifted, a new title and a report number. Report {@code i} depends only on the seed and
 * {@code i}, so a corpus can be extended (for the load test) without changing what is there.
 */
final class CorpusGenerator {

    /** Files this generator writes, and only those are ever deleted by {@link #clear}. */
    static final Pattern FILE_NAME = Pattern.compile("report-\\d{6}\\.txt");

    static final List<String> REGIONS = List.of(
            "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
            "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西",
            "甘肃", "青海", "宁夏", "新疆", "西藏", "内蒙古", "广西", "西安", "兰州", "成都", "武汉", "合肥",
            "南京", "杭州", "深圳", "广州", "郑州", "长沙", "沈阳", "西宁", "银川", "宝鸡", "天水", "咸阳");
    private static final Pattern REGION = Pattern.compile(String.join("|",
            REGIONS.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()));
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    static final List<String> TOPICS = List.of(
            "区域科技创新中心建设研究", "科技创新发展形势分析", "高质量发展评估报告", "产业链协同发展研究",
            "创新驱动发展战略实施评估", "重点产业发展年度报告", "城市群协同创新研究", "科技成果转化调研报告",
            "营商环境与创新生态研究", "数字经济发展研究报告", "区域协调发展政策研究", "新型工业化推进情况分析");

    private final SeedText seeds;
    private final long seed;

    CorpusGenerator(SeedText seeds, long seed) {
        this.seeds = seeds;
        this.seed = seed;
    }

    /** Writes reports {@code from} … {@code to - 1} into {@code dir}; returns the files written. */
    List<Path> write(Path dir, int from, int to) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Path f = dir.resolve(String.format("report-%06d.txt", i));
            Files.writeString(f, report(i), StandardCharsets.UTF_8);
            files.add(f);
        }
        return files;
    }

    /** Deletes the generated reports in {@code dir}, and nothing else. */
    static void clear(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).toList()) {
                Files.delete(p);
            }
        }
    }

    String report(int index) {
        Random rnd = new Random(seed * 1_000_003L + index);
        Map<String, String> swap = regionSwap(rnd);
        int yearShift = rnd.nextInt(8) - 4;
        boolean keepFigures = rnd.nextInt(10) < 3;
        int year = 2018 + rnd.nextInt(8);
        String region = REGIONS.get(rnd.nextInt(REGIONS.size()));
        StringBuilder b = new StringBuilder();
        b.append(region).append(year).append('年').append(TOPICS.get(rnd.nextInt(TOPICS.size())))
                .append("（第").append(index + 1).append("期）\n");
        b.append("报告编号：PM-").append(seed).append('-').append(String.format("%06d", index)).append('\n');
        b.append("发布日期：").append(year).append('-').append(String.format("%02d-%02d", 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)))
                .append('\n');
        int target = 5_500 + rnd.nextInt(4_000);
        while (b.length() < target) {
            List<String> s = seeds.seeds().get(rnd.nextInt(seeds.seeds().size()));
            int start = rnd.nextInt(s.size());
            int run = 3 + rnd.nextInt(6);
            for (int k = start; k < Math.min(s.size(), start + run); k++) {
                String p = substituteRegions(s.get(k), swap);
                b.append(keepFigures ? p : perturbNumbers(p, rnd, yearShift)).append('\n');
            }
        }
        return b.toString();
    }

    static Map<String, String> regionSwap(Random rnd) {
        Map<String, String> swap = new HashMap<>();
        for (String r : REGIONS) {
            if (rnd.nextInt(10) < 3) {
                swap.put(r, REGIONS.get(rnd.nextInt(REGIONS.size())));
            }
        }
        return swap;
    }

    static String substituteRegions(String p, Map<String, String> swap) {
        Matcher m = REGION.matcher(p);
        StringBuilder out = new StringBuilder(p.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(swap.getOrDefault(m.group(), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static String perturbNumbers(String p, Random rnd, int yearShift) {
        Matcher m = NUMBER.matcher(p);
        StringBuilder out = new StringBuilder(p.length());
        while (m.find()) {
            m.appendReplacement(out, perturb(m.group(), rnd, yearShift));
        }
        return m.appendTail(out).toString();
    }

    private static String perturb(String number, Random rnd, int yearShift) {
        int dot = number.indexOf('.');
        if (dot < 0 && number.length() == 4) {
            int v = Integer.parseInt(number);
            if (v >= 1990 && v <= 2035) {
                return String.valueOf(v + yearShift);
            }
        }
        if (rnd.nextBoolean() || number.length() > 12) {
            return number;
        }
        double scaled = Double.parseDouble(number) * (0.6 + rnd.nextDouble());
        if (dot < 0) {
            return String.valueOf(Math.max(1, Math.round(scaled)));
        }
        int decimals = number.length() - dot - 1;
        return String.format(java.util.Locale.ROOT, "%." + decimals + "f", scaled);
    }
}
