package com.policyminer.works;

import com.policyminer.extract.figures.FigureExtractor;
import com.policyminer.model.AnalyzedDocument;
import com.policyminer.model.Figure;
import com.policyminer.model.ParsedDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A draft and its final: passages added and removed, figures changed, added and removed; layout is no change. */
class VersionDiffTest {

    private static final FigureExtractor FIGURES = FigureExtractor.standard();

    private static List<Figure> figures(String text) {
        ParsedDocument d = new ParsedDocument("doc", "doc.txt", "", LocalDate.of(2022, 5, 7), "txt", "text/plain",
                text.length(), Map.of(), text, List.of(), List.of());
        return FIGURES.extract(new AnalyzedDocument(d, List.of()), List.of(), List.of());
    }

    private static VersionDiff.Result diff(String a, String b) {
        return VersionDiff.of(a, figures(a), b, figures(b));
    }

    @Test
    void aFigureChangedAParagraphAddedAndOneRemoved() {
        String draft = "2021年全市地区生产总值达到1648.56亿元，同比增长6.5%。\n研发投入强度为2.1%。\n初稿说明：本段将在终稿删去。\n";
        String fin = "2021年全市地区生产总值达到1748.56亿元，同比增长6.5%。\n研发投入强度为2.1%。\n编者按：本文经作者授权转载。\n"
                + "高新技术企业达到7821家。\n";
        VersionDiff.Result r = diff(draft, fin);
        assertEquals(1, r.sameSentences(), r.toString());
        // the changed sentence, and the two new ones after the kept sentence, are two passages
        assertEquals(2, r.addedCount(), r.added().toString());
        assertTrue(r.added().get(1).text().startsWith("编者按") && r.added().get(1).text().contains("7821家"), r.added().toString());
        assertEquals(fin.indexOf("编者按"), r.added().get(1).start());
        assertEquals(2, r.removedCount(), r.removed().toString());
        assertEquals("初稿说明：本段将在终稿删去。", r.removed().get(1).text());

        List<VersionDiff.FigureChange> changed = r.figures().stream().filter(c -> c.change().equals(VersionDiff.FigureChange.CHANGED)).toList();
        assertEquals(1, changed.size(), r.figures().toString());
        assertEquals("1648.56亿元", changed.get(0).from().surface());
        assertEquals("1748.56亿元", changed.get(0).to().surface());
        assertEquals(fin.indexOf("1748.56"), changed.get(0).to().start());
        assertEquals(List.of("7821家"), r.figures().stream().filter(c -> c.change().equals(VersionDiff.FigureChange.ADDED))
                .map(c -> c.to().surface()).toList());
        assertTrue(r.figures().stream().noneMatch(c -> c.change().equals(VersionDiff.FigureChange.REMOVED)), r.figures().toString());
        assertEquals(r.figures().size(), r.figureCount());
    }

    @Test
    void lineBreaksSpacesAndPunctuationWidthAreNoChange() throws Exception {
        String text = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        String rewrapped = text.replace("，", ",").replace("\n", "\n\n").replace("。", "。 ");
        VersionDiff.Result r = diff(text, rewrapped);
        assertEquals(0, r.addedCount(), r.added().toString());
        assertEquals(0, r.removedCount(), r.removed().toString());
        assertTrue(r.sameSentences() > 50, "sentences " + r.sameSentences());
        VersionDiff.Result self = diff(text, text);
        assertEquals(0, self.figureCount(), self.figures().toString());
    }

    @Test
    void emptyAndHugeTextsAreFine() {
        assertEquals(new VersionDiff.Result(0, 0, List.of(), 0, List.of(), 0, List.of()), VersionDiff.of("", List.of(), "", List.of()));
        String many = "第1句话在这里。".repeat(10) + "新的一句话。".repeat(3);
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 500; i++) {
            big.append("第").append(i).append("条新增内容写在这里；\n\n第1句话在这里。");
        }
        VersionDiff.Result r = VersionDiff.of(many, List.of(), big.toString(), List.of());
        assertEquals(500, r.addedCount());
        assertEquals(VersionDiff.MAX_LISTED, r.added().size());
        assertEquals(1, r.removedCount());
    }
}
