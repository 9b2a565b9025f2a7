package com.policyminer.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextSnifferTest {

    private static final String REPORT = "2020年，兰州市和西安市R&D经费内部支出分别为61.21亿元、506.06亿元。\n\t第二段\r\n";

    @Test
    void textInEveryEncodingWeReadIsText() {
        assertTrue(TextSniffer.looksLikeText(REPORT.getBytes(StandardCharsets.UTF_8)));
        assertTrue(TextSniffer.looksLikeText(REPORT.getBytes(Charset.forName("GBK"))));
        assertTrue(TextSniffer.looksLikeText(REPORT.getBytes(Charset.forName("GB18030"))));
        assertTrue(TextSniffer.looksLikeText(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_8)));
        assertTrue(TextSniffer.looksLikeText(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(TextSniffer.looksLikeText(("\uFEFF" + REPORT).getBytes(StandardCharsets.UTF_16BE)));
        assertTrue(TextSniffer.looksLikeText("---\ntitle: 报告\n---\n<p>正文</p>".getBytes(StandardCharsets.UTF_8)), "front matter first");
        assertTrue(TextSniffer.looksLikeText("标题：西安市科技创新报告\n正文".getBytes(StandardCharsets.UTF_8)), "a full-width colon is not a header");
    }

    @Test
    void markupAndMailAreLeftToTika() {
        assertFalse(TextSniffer.looksLikeText("<p>正文</p>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText("\n  <?xml version=\"1.0\"?><doc>正文</doc>".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText(("\uFEFF<html><body>正文</body></html>").getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText("From alice@example.org Mon Jan  1 00:00:00 2024\nMessage-ID: <1@example.org>\nSubject: x\n\n正文".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText("\uFEFFFrom: a@example.org\r\nMIME-Version: 1.0\r\n\r\n正文".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText("MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n5q2j5paH".getBytes(StandardCharsets.US_ASCII)));
        assertFalse(TextSniffer.looksLikeText("Received: from mx.example.org\nSubject: x\n\n正文".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void reportsThatStartWithHeaderLikeLinesStayText() {
        // Tika would call each of these an e-mail and flatten it; none has a header only mail has
        for (String report : new String[] {
                "Date: 2023-05-01\nTo: 各区县统计局\n\n2022年全市R&D经费投入强度达到5.18%。",
                "From: 西安市统计局\nSubject: 2023年统计公报\n\n正文",
                "Date: 2023-05-01\nTitle: Xi'an innovation report\nStatus: published\n\n正文",
                "From 2019 to 2023, R&D spending grew.\n研发投入持续增长。",
                "Title: 报告\n正文"}) {
            assertTrue(TextSniffer.looksLikeText(report.getBytes(StandardCharsets.UTF_8)), report);
            assertTrue(TextSniffer.looksLikeText(("\uFEFF" + report).getBytes(StandardCharsets.UTF_8)), "with a BOM: " + report);
        }
    }

    @Test
    void binaryAndAsciiSignedFormatsAreLeftToTika() {
        assertFalse(TextSniffer.looksLikeText("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1)));
        assertFalse(TextSniffer.looksLikeText("{\\rtf1\\ansi 正文}".getBytes(StandardCharsets.UTF_8)));
        assertFalse(TextSniffer.looksLikeText(new byte[]{'P', 'K', 3, 4, 20, 0, 6, 0}));
        assertFalse(TextSniffer.looksLikeText(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1}));
        assertFalse(TextSniffer.looksLikeText(REPORT.getBytes(StandardCharsets.UTF_16LE)), "UTF-16 without a mark: Tika decides");
        byte[] controls = new byte[200];
        java.util.Arrays.fill(controls, (byte) 0x03);
        assertFalse(TextSniffer.looksLikeText(controls));
    }
}
