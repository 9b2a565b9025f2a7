package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Place names Tesseract misspelt by one unsure character, corrected against the division list (no Tesseract needed). */
class OcrPlaceNamesTest {

    private static String correct(String line, float unsure, int at, List<OcrPlaceNames.Correction> made) {
        float[] confidence = new float[line.length()];
        Arrays.fill(confidence, 90);
        if (at >= 0) {
            confidence[at] = unsure;
        }
        return OcrPlaceNames.correct(line, confidence, made);
    }

    @Test
    void correctsTheOneUnsureCharacterOfAName() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("长三角、京津冀、粤港澳大湾区", correct("长三角、京津豆、粤港澳大湾区", 0, 6, made));
        assertEquals(List.of(new OcrPlaceNames.Correction(6, "京津豆", "京津冀")), made);
        assertEquals("京津冀地区", correct("京津囊地区", 26, 2, new ArrayList<>()));
        assertEquals("新疆乌鲁木齐市", correct("新疆乌鲁木芥市", 10, 5, new ArrayList<>()));
    }

    @Test
    void leavesWhatTesseractWasSureOf() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("新疆乌鲁木芥市", correct("新疆乌鲁木芥市", 85, 5, made));
        assertEquals("新疆乌鲁木芥市", correct("新疆乌鲁木芥市", 0, 0, made), "the unsure character is not the one that differs");
        assertTrue(made.isEmpty());
    }

    @Test
    void leavesANameAsReadAndANameItCannotTellApart() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("西城区", correct("西城区", 0, 0, made), "a name as read");
        assertEquals("南城区", correct("南城区", 0, 0, made), "东城区, 西城区 …: which one is not known");
        assertEquals("入演和", correct("入演和", 0, 1, made), "two characters are too few");
        assertEquals("2020年", correct("2020年", 0, 4, made));
        assertEquals("西安市和兰川市", correct("西安市和兰川市", 0, 5, made), "兰州市 or 兰溪市");
        assertEquals("兰州国家", correct("兰州国家", 0, 2, made), "a suffix is not written in");
        assertTrue(made.isEmpty(), made.toString());
    }

    @Test
    void correctsATwoCharacterProvinceOnlyInAListOfProvinces() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("建设后，江苏、浙江、湖北、河南、辽宁等地", correct("建设后，江苏、新江、湖北、河南、辽宁等地", 10, 7, made));
        assertEquals(List.of(new OcrPlaceNames.Correction(7, "新江", "浙江")), made);
        assertEquals("北京、甘肃", correct("北京、甘束", 12, 4, made), "the last item");
        assertEquals("浙江、江苏", correct("新江、江苏", 12, 0, made), "the first item");
        assertEquals("江苏、陕西", correct("江苏、陕四", 0, 4, made));
        assertEquals("江苏、新江", correct("江苏、新江", 85, 3, made), "a character read surely");
        assertEquals("江苏、东西、湖北", correct("江苏、东西、湖北", 0, 3, made), "山西, 江西, 广西 or 陕西");
        assertEquals("江苏、杭州、湖北", correct("江苏、杭州、湖北", 0, 3, made), "a city as read, not 贵州");
        assertEquals("新江、浦东", correct("新江、浦东", 0, 0, made), "no province beside it");
        assertEquals("新江路、江苏", correct("新江路、江苏", 0, 0, made), "not a two-character item");
        assertEquals("这里、新江", correct("这里、新江", 0, 3, made), "not a list of provinces");
    }

    @Test
    void correctsTheLastCharacterOfSeveralRegionsEvenWhenSure() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("以北京为中心的京津冀创新集聚区", correct("以北京为中心的京津下创新集聚区", 90, -1, made));
        assertEquals(List.of(new OcrPlaceNames.Correction(7, "京津下", "京津冀")), made);
        assertEquals("第2位，京津冀区域内", correct("第2位，京津责区域内", 93, -1, made));
        assertEquals("长三角、珠三角", correct("长三甬、珠三角", 90, -1, made));
        made.clear();
        assertEquals("京津两地创新", correct("京津两地创新", 90, -1, made), "a word of its own after two regions");
        assertEquals("京津合作示范", correct("京津合作示范", 90, -1, made), "合作 is a word");
        assertEquals("京津科技成果", correct("京津科技成果", 90, -1, made));
        assertEquals("京津塘高速", correct("京津塘高速", 90, -1, made), "a name as read");
        assertEquals("京津间的合作", correct("京津间的合作", 90, -1, made));
        assertEquals("京津、服务", correct("京津、服务", 90, -1, made));
        assertEquals("京津下等三大", correct("京津下等三大", 90, -1, made), "下等 is a word: left as read");
        assertTrue(made.isEmpty(), made.toString());
    }

    @Test
    void correctsAnAidItemOfAListWhenOnlyOneFits() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("援藏、援青、支宁、兴蒙", correct("援藏、援青、文宁、兴蒙", 20, 6, made));
        assertEquals(List.of(new OcrPlaceNames.Correction(6, "文宁", "支宁")), made);
        made.clear();
        assertEquals("科技援绪、援藏、援青", correct("科技援绪、援藏、援青", 33, 3, made), "援疆, 援滇 or 援黔: read again");
        assertEquals("援藏、文宁、兴蒙", correct("援藏、文宁、兴蒙", 85, 3, made), "read surely");
        assertEquals("这里、文宁", correct("这里、文宁", 0, 3, made), "no aid item beside it");
        assertTrue(made.isEmpty(), made.toString());
        float[] sure = new float[10];
        Arrays.fill(sure, 90);
        sure[3] = 33;
        assertEquals(List.of(new OcrPlaceNames.Doubt(2, 3, List.of("援滇", "援疆", "援黔"))),
                OcrPlaceNames.aidItemDoubts("科技援绪、援藏、援青", sure));
    }

    @Test
    void leavesAWordTheUnsureCharacterEnds() {
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        assertEquals("4.2建设西兰国家区域", correct("4.2建设西兰国家区域", 20, 4, made), "建设 西兰 (西安-兰州), not 建新西兰");
        assertTrue(made.isEmpty(), made.toString());
    }

    /** The corrections made whatever Tesseract's confidence (several regions' names) change nothing in the seeds' own text. */
    @Test
    void regionGroupsNeverChangeCorrectText() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(FidelityTest.RENDITIONS)) {
            sources = s.filter(p -> p.getFileName().toString().equals("gb18030.txt")).sorted().toList();
        }
        long chars = 0;
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        for (Path p : sources) {
            for (String line : Files.readString(p, java.nio.charset.Charset.forName("GB18030")).split("\n")) {
                float[] confidence = new float[line.length()];
                Arrays.fill(confidence, 90);
                OcrPlaceNames.correct(line, confidence, made);
                chars += line.length();
            }
        }
        System.out.println("corrections of correct text read surely: " + made.size() + " in " + chars + " characters: " + made);
        assertEquals(List.of(), made);
    }

    @Test
    void keepsTheLineLength() {
        String line = "京津豆协同发展，京津豆";
        float[] confidence = new float[line.length()];
        assertEquals(line.length(), OcrPlaceNames.correct(line, confidence, new ArrayList<>()).length());
        assertEquals("", OcrPlaceNames.correct("", new float[0], new ArrayList<>()));
    }

    /**
     * The seeds' own text with one character in twenty as if Tesseract were unsure of it (in its
     * scans it is unsure of one in sixty, and most of those it misread): what would change in text
     * that is right.
     */
    @Test
    void rarelyChangesCorrectText() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(FidelityTest.RENDITIONS)) {
            sources = s.filter(p -> p.getFileName().toString().equals("gb18030.txt")).sorted().toList();
        }
        assertTrue(sources.size() >= 5);
        java.util.Random random = new java.util.Random(19);
        long chars = 0;
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        for (Path p : sources) {
            for (String line : Files.readString(p, java.nio.charset.Charset.forName("GB18030")).split("\n")) {
                float[] confidence = new float[line.length()];
                for (int i = 0; i < confidence.length; i++) {
                    confidence[i] = random.nextInt(20) == 0 ? 0 : 90;
                }
                chars += line.length();
                OcrPlaceNames.correct(line, confidence, made);
            }
        }
        System.out.println("false corrections: " + made.size() + " in " + chars + " characters: " + made);
        assertTrue(made.size() * 10_000L < chars, made.size() + " in " + chars + ": " + made);
    }

    /**
     * The two-character provinces and aid items (援疆) of lists, harder: each character of the seeds' own text in turn as
     * if Tesseract were unsure of it (and only it), every list item it could change.
     */
    @Test
    void aListOfProvincesRarelyChangesCorrectText() throws Exception {
        List<Path> sources;
        try (Stream<Path> s = Files.walk(FidelityTest.RENDITIONS)) {
            sources = s.filter(p -> p.getFileName().toString().equals("gb18030.txt")).sorted().toList();
        }
        long tried = 0;
        List<OcrPlaceNames.Correction> made = new ArrayList<>();
        for (Path p : sources) {
            for (String line : Files.readString(p, java.nio.charset.Charset.forName("GB18030")).split("\n")) {
                float[] confidence = new float[line.length()];
                Arrays.fill(confidence, 90);
                for (int i = 0; i < line.length(); i++) {
                    confidence[i] = 0;
                    OcrPlaceNames.listedProvinces(line, confidence, made);
                    OcrPlaceNames.listedAidItems(line, confidence, made);
                    confidence[i] = 90;
                    tried++;
                }
            }
        }
        System.out.println("list corrections of correct text: " + made.size() + " in " + tried + " characters each unsure: " + made);
        assertTrue(made.size() * 10_000L < tried, made.size() + " in " + tried + ": " + made);
    }
}
