package com.policyminer.bench;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class TextWrapTest {

    @Test
    void linesFitKeepNumbersWholeAndNeverStartWithClosingPunctuation() throws Exception {
        Optional<CjkFontFile> file = CjkFontFile.find();
        assumeTrue(file.isPresent() && file.get().collection(), "no CJK TrueType collection: " + CjkFontFile.searched());
        try (TrueTypeCollection ttc = new TrueTypeCollection(file.get().path().toFile())) {
            TrueTypeFont[] font = new TrueTypeFont[1];
            ttc.processAllFonts(f -> font[0] = font[0] == null ? f : font[0]);
            TextWrap wrap = new TextWrap(font[0]);
            String text = "西安市2021年研发投入达到61.21亿元，同比增长12.5%。R&D经费投入强度为5.05%，高新技术企业达7821家。".repeat(6);
            float width = 150;
            List<String> lines = wrap.lines(text, 10.5f, width - 21, width);
            assertEquals(text, String.join("", lines));
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i);
                float max = (i == 0 ? width - 21 : width) + 10.5f; // a closing mark may hang past the edge
                assertTrue(wrap.width(l, 10.5f) <= max, l);
                assertFalse("，。、％%".indexOf(l.charAt(0)) >= 0, "line starts with closing punctuation: " + l);
            }
            for (String number : List.of("61.21", "12.5%", "5.05%", "7821")) {
                assertTrue(lines.stream().anyMatch(l -> l.contains(number)), number + " was split: " + lines);
            }
            assertEquals("ab c", wrap.printable("ab\tc"));
            assertEquals(0, wrap.missing());
        }
    }
}
