package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static com.policyminer.extract.figures.Figures.extract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Empty, huge and random input: no exceptions, offsets always point at the surface. */
class FigureRobustnessTest {

    private static final String ALPHABET = "0123456789０９.,， 、和至到第位个家亿万元%％倍成多余约超过以上年分别占的。；\n（）“”[]-/一二两三十百千兰州市西安市";

    @Test
    void emptyText() {
        assertEquals(List.of(), extract(""));
    }

    @Test
    void randomStrings() {
        Random random = new Random(20231122);
        for (int i = 0; i < 300; i++) {
            StringBuilder b = new StringBuilder();
            int n = random.nextInt(80);
            for (int k = 0; k < n; k++) {
                b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String text = b.toString();
            for (Figure f : extract(text)) {
                assertEquals(f.surface(), text.substring(f.start(), f.end()), text);
                assertTrue(f.low() <= f.high() || Double.isNaN(f.low()), text);
            }
        }
    }

    @Test
    void hugeInput() {
        String sentence = "2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元，分别占甘肃省和陕西省的55.83%和80.03%。\n";
        String text = sentence.repeat(2000);
        long t0 = System.nanoTime();
        List<Figure> fs = extract(text);
        assertEquals(8000, fs.size());
        assertTrue(System.nanoTime() - t0 < 20_000_000_000L, "under 20 s");
    }

    /** A text with no sentence end keeps a window of it per figure, not the whole text each time. */
    @Test
    void aTextWithoutSentenceEndsKeepsAWindowPerFigure() {
        String text = "兰州市研发经费增长5%，西安市增长7%，".repeat(5_000); // 100,000 characters, no 。
        List<Figure> fs = extract(text);
        assertTrue(fs.size() >= 10_000, "every figure found: " + fs.size());
        for (Figure f : fs) {
            assertTrue(f.sentence().length() <= 2 * FigureExtractor.MAX_SENTENCE_SIDE + f.surface().length(), f.sentence().length() + "");
            assertEquals(f.sentence(), text.substring(f.sentenceStart(), f.sentenceStart() + f.sentence().length()));
        }
    }
}
