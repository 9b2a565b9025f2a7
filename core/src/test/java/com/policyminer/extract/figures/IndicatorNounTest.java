package com.policyminer.extract.figures;

import com.policyminer.model.Figure;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.policyminer.extract.figures.Figures.describe;
import static com.policyminer.extract.figures.Figures.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The indicator is the noun phrase the number counts, not the nearest indicator word (issue 16). */
class IndicatorNounTest {

    @Test
    void aDomainNounBeforeTheCountIsWhatItCounts() {
        List<Figure> fs = PipelineFigures.of("全省现有两院院士72人，布局建设重大科技基础设施 3 家。");
        assertEquals("重大科技基础设施", only(fs, "3 家").indicator(), describe(fs));
        assertEquals("两院院士", only(fs, "72人").indicator(), describe(fs));
    }

    @Test
    void aWordWithAFigureOfItsOwnIsNotTakenByTheFigureBeforeIt() {
        List<Figure> fs = PipelineFigures.of("全省目前布局建设重大科技基础设施 2 家、两院院士 72 人。");
        assertEquals("重大科技基础设施", only(fs, "2 家").indicator(), describe(fs));
        assertEquals("两院院士", only(fs, "72 人").indicator(), describe(fs));
    }

    @Test
    void aWordAfterTheEnumerationStillNamesTheFiguresBeforeIt() {
        List<Figure> fs = PipelineFigures.of("2022年，北京（6.83%）、上海（4.44%）研发强度位列全国前2。");
        assertEquals("研发强度", only(fs, "4.44%").indicator(), describe(fs));
    }

    @Test
    void aGlossInBracketsStaysInsideThePhraseAndABracketBeforeTheNumberIsLeftOut() {
        List<Figure> fs = PipelineFigures.of("全省拥有国家工程（技术）研究中心 16 家、国家重点实验区（工程实验室）31 家。");
        assertEquals("国家工程（技术）研究中心", only(fs, "16 家").indicator(), describe(fs));
        assertEquals("国家重点实验区", only(fs, "31 家").indicator(), describe(fs));
    }
}
