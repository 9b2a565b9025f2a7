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
        assertEquals("京津豆", correct("京津豆", 85, 2, made));
        assertEquals("京津豆", correct("京津豆", 0, 0, made), "the unsure character is not the one that differs");
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
     * The two-character provinces of lists, harder: each character of the seeds' own text in turn as
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
                    confidence[i] = 90;
                    tried++;
                }
            }
        }
        System.out.println("list corrections of correct text: " + made.size() + " in " + tried + " characters each unsure: " + made);
        assertTrue(made.size() * 10_000L < tried, made.size() + " in " + tried + ": " + made);
    }
}
