package com.policyminer.compare;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The real cases of the bundled corpus: figures placed at their true offsets and sentences in the seed
 * reports, with the subject, indicator and year a figure extractor gives them.
 */
class ComparisonSeedCorpusTest {

    private static final String D000 = "000_f8820dc2aea3848d";
    private static final String D001 = "001_a619ee9cd5a0211b";
    private static final String D004 = "004_c3cb54636e7088b5";

    private final List<Figure> figures = new ArrayList<>();

    private static String text(String doc) throws IOException {
        return Files.readString(Path.of("corpus", doc + ".txt"), StandardCharsets.UTF_8);
    }

    /** A figure at the first occurrence of {@code surface} after {@code anchor} in the document. */
    private void add(String doc, String anchor, String surface, String subject, String indicator, Integer year,
                     String kind, String qualifier) throws IOException {
        String text = text(doc);
        int at = text.indexOf(surface, text.indexOf(anchor));
        if (text.indexOf(anchor) < 0 || at < 0) {
            throw new IllegalStateException(anchor + " / " + surface + " not in " + doc);
        }
        int sentenceStart = at;
        while (sentenceStart > 0 && "。！？；\n".indexOf(text.charAt(sentenceStart - 1)) < 0) {
            sentenceStart--;
        }
        int sentenceEnd = at;
        while (sentenceEnd < text.length() && "。！？；\n".indexOf(text.charAt(sentenceEnd)) < 0) {
            sentenceEnd++;
        }
        boolean percent = surface.endsWith("%");
        String number = surface.replaceAll("[^0-9.]", "");
        double value = Double.parseDouble(number);
        String unit = percent ? "%" : "亿元";
        double normalized = percent ? value / 100 : value * 1e8;
        figures.add(new Figure(doc, surface, at, at + surface.length(), "seed", number, value, unit,
                normalized, percent ? "ratio" : "CNY", kind, qualifier, normalized, normalized,
                year, null, "", "text", subject, "region", -1, -1, indicator, text.substring(sentenceStart, Math.min(text.length(), sentenceEnd + 1)),
                sentenceStart, "text", null, null));
    }

    private void seeds() throws IOException {
        add(D000, "2020年，北京研发投入强度", "6.44%", "北京", "研发投入强度", 2020, "level", "exact");
        add(D000, "2020年，上海研发强度", "4.17%", "上海", "研发强度", 2020, "level", "exact");
        add(D000, "2020年，广东省研发强度", "3.14%", "广东省", "研发强度", 2020, "level", "exact");
        add(D000, "从R&D经费投入强度看", "2.12%", "兰州市", "R&D经费投入强度", 2020, "share", "exact");
        add(D000, "从R&D经费投入强度看", "5.05%", "西安市", "R&D经费投入强度", 2020, "share", "exact");
        add(D000, "兰州市和西安市R&D经费内部支出", "506.06亿元", "西安市", "R&D经费内部支出", 2020, "level", "exact");
        add(D000, "兰州市和西安市R&D经费内部支出", "80.03%", "西安市", "R&D经费内部支出", 2020, "share", "exact");
        add(D000, "兰州市和西安市技术市场合同成交额", "1648.56亿元", "西安市", "技术市场合同成交额", 2020, "level", "exact");
        add(D000, "兰州市和西安市技术市场合同成交额", "93.73%", "西安市", "技术市场合同成交额", 2020, "share", "exact");
        add(D000, "R&D投入强度达到", "4%", "西安", "R&D投入强度", null, "level", "more-than");
        add(D001, "2022年，北京（", "6.83%", "北京", "研发强度", 2022, "level", "exact");
        add(D001, "2022年，北京（", "4.44%", "上海", "研发强度", 2022, "level", "exact");
        add(D001, "2022年，北京（", "3.42%", "广东", "研发强度", 2022, "level", "exact");
        add(D004, "西安市 2021 年全社会研发经费投入", "5.05%", "西安市", "全社会研发经费投入", 2021, "level", "exact");
    }

    @Test
    void xianIsSuspectedMisdatedAndTheOthersAreTimelines() throws IOException {
        seeds();
        List<ComparisonGroup> groups = FigureComparator.standard().compare(figures);
        assertEquals(List.of("西安 rd_intensity same-value-different-year",
                        "上海 rd_intensity timeline", "北京 rd_intensity timeline", "广东 rd_intensity timeline"),
                groups.stream().map(g -> g.subject() + " " + g.indicatorId() + " " + g.verdict().code()).toList());
        ComparisonGroup xian = groups.get(0);
        assertEquals(List.of(D000, D004, D000), xian.figures().stream().map(Figure::docId).toList(),
                "5.05% (2020), 5.05% (2021), then the undated 4%以上");
        assertEquals(List.of(Verdict.SAME_VALUE_DIFFERENT_YEAR, Verdict.AGREE),
                xian.pairs().stream().map(PairVerdict::verdict).toList(), "4%以上 agrees with 5.05%");
        assertEquals(true, xian.figures().get(1).sentence().contains("西安市 2021 年全社会研发经费投入 5.05%"));
    }

    @Test
    void onlyTheMisdatingIsAConflict() throws IOException {
        seeds();
        List<Conflict> conflicts = FigureComparator.standard().conflicts(figures);
        assertEquals(1, conflicts.size());
        assertEquals(Verdict.SAME_VALUE_DIFFERENT_YEAR, conflicts.get(0).verdict());
        assertEquals(List.of("2020", "2021"), conflicts.get(0).periods());
    }
}
