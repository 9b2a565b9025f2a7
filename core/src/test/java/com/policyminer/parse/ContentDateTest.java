package com.policyminer.parse;

import com.policyminer.model.ParsedDocument;
import com.policyminer.model.TextBlock;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The date a report gives itself: labelled lines, the 落款, a dated first line; never a date in a sentence. */
class ContentDateTest {

    private static final String BODY = "为深入实施创新驱动发展战略，现就推进区域科技创新中心建设提出如下意见。\n"
            + "一、总体要求\n到2025年，区域研发投入强度达到2.8%以上，技术合同成交额突破3000亿元。\n";

    private static String date(String text) {
        return ContentDate.find(text).map(f -> f.date() + " " + f.rule()).orElse("none");
    }

    @Test
    void aLabelledDateLine() {
        assertEquals("2023-05-12 label", date("关于推进区域科技创新中心建设的意见\n发布日期：2023-05-12\n" + BODY));
        assertEquals("2023-05-12 label", date("标题\n发布时间：2023年5月12日 10:30　来源：科技部\n" + BODY));
        assertEquals("2023-05-12 label", date("标题\n来源：新华网 发布时间: 2023/05/12\n" + BODY));
        assertEquals("2023-05-12 label", date("标题\n日期：2023.5.12\n" + BODY));
        assertEquals("2023-05-12 label", date(BODY + "成文日期：2023年05月12日\n"));
        assertEquals("2023-05-12 label", date("标题\n发布日期：二〇二三年五月十二日\n" + BODY));
    }

    @Test
    void otherDatesWithALabelAreNotTheReportsDate() {
        assertEquals("none", date(BODY + "截止日期：2023年6月30日\n实施日期：2023年7月1日\n"));
        assertEquals("none", date("关于召开座谈会的通知\n时间：2023年5月12日上午9:00\n地点：省科技厅\n"));
    }

    @Test
    void theDateUnderTheIssuingBody() {
        assertEquals("2023-05-12 signature", date("关于推进区域科技创新中心建设的意见\n" + BODY + "国家发展改革委　科技部\n2023年5月12日\n"));
        assertEquals("2023-05-12 signature", date(BODY + "甘肃省科学技术情报研究所\n二〇二三年五月十二日\n"));
        assertEquals("2023-12-31 signature", date(BODY + "陕西省人民政府办公厅\n二〇二三年十二月三十一日\n"));
        assertEquals("2021-02-21 signature", date(BODY + "某某市科学技术局\n二○二一年二月廿一日\n"));
        assertEquals("2023-05-12 signature", date(BODY + "国务院\n2023年5月12日\n（此件公开发布）\n"));
        assertEquals("2023-05-12 signature", date(BODY + "国务院\n（2023年5月12日）\n"));
        assertEquals("2023-05-12 signature", date(BODY + "国务院\n２０２３年５月１２日\n"), "full-width digits");
        // the issuer and the date run together on one line (as a PDF's lines may be joined)
        assertEquals("2023-05-12 signature", date(BODY + "甘肃省科学技术情报研究所二〇二三年五月十二日\n"));
        // attachments after the 落款
        assertEquals("2023-05-12 signature", date(BODY + "中共某某省委办公厅\n2023年5月12日\n"
                + "附件：\n1.重点任务分工\n2.重点项目清单\n3.联系人\n4.时间安排\n5.经费预算\n6.考核办法\n7.其他\n"));
    }

    @Test
    void theDateUnderABulletinsMasthead() {
        assertEquals("2022-05-07 signature", date("\n西咸研究\n(第16期·总第264期)\n西咸新区研究院\n2022年5月7日\n按：当前，城市竞争……\n"));
    }

    @Test
    void aDateAloneAmongTheLastLines() {
        assertEquals("2023-05-12 signature", date(BODY + "特此通知。\n\n2023年5月12日\n"));
    }

    @Test
    void aDatedFirstLine() {
        assertEquals("2023-05-12 head", date("在全省科技创新大会上的讲话\n（2023年5月12日）\n" + BODY + BODY + BODY + BODY));
        assertEquals("2023-05-12 head", date("2023-05-12 来源：新华社\n区域科技创新中心建设提速\n" + BODY + BODY + BODY));
    }

    @Test
    void aDateInASentenceOrACitationIsNeverTheReportsDate() {
        // held-out report h07 opens with an event's date; seed 001 cites a source with its date in a footnote
        assertEquals("none", date("雄安新区规划建设进展与投融资需求测算\n国家开发银行研究院\n\n一、规划背景\n"
                + "2017年4月1日，中共中央、国务院决定设立河北雄安新区。\n" + BODY));
        assertEquals("none", date(BODY + "² 《共享创新指数研究报告》，中国（深圳）综合开发研究院，2022年12月8日。\n" + BODY));
        assertEquals("none", date("新疆新能源产业发展调研报告\n新疆维吾尔自治区发展和改革委员会经济研究院　2023年9月\n" + BODY),
                "a month is not a day");
        assertEquals("none", date(BODY + "国务院\n2023年2月30日\n"), "no such day");
        assertEquals("none", date(BODY + "国务院\n1066年5月12日\n" + BODY + BODY + BODY + BODY + BODY + BODY));
    }

    @Test
    void issuersAndDatesInATableAreNotA落款() {
        String text = "近年出台的政策\n国家发展改革委\n2023年5月12日\n科技部\n2022年3月1日\n" + BODY + BODY + BODY + BODY + BODY + BODY;
        int tableEnd = text.indexOf(BODY);
        assertEquals("2023-05-12 signature", date(text), "read as lines, a table row looks like a 落款");
        assertEquals(Optional.empty(), ContentDate.find(text, List.of(new TextBlock(TextBlock.Kind.TABLE, 8, tableEnd))));
    }

    @Test
    void chineseNumbers() {
        assertEquals(List.of(1, 10, 12, 20, 21, 30, 31, 21), Stream.of("一", "十", "十二", "二十", "二十一", "三十", "三十一", "廿一")
                .map(ContentDate::chineseNumber).toList());
        assertEquals(-1, ContentDate.chineseNumber("十十"));
        assertEquals(-1, ContentDate.chineseNumber("一二"));
        assertEquals(2023, ContentDate.digits("二〇二三"));
        assertEquals(2001, ContentDate.digits("二零零一"));
    }

    /**
     * What each seed's date becomes through the parser, and that none is invented: 000 and 001 give
     * no day (001 cites a source dated 2022年12月8日 in a footnote), 002 has front matter, 003 and 004
     * print the date under their masthead.
     */
    @Test
    void theSeedsDates() throws Exception {
        Map<String, String> found = new LinkedHashMap<>();
        try (Stream<Path> seeds = Files.list(Path.of("corpus"))) {
            for (Path p : seeds.sorted().toList()) {
                ParsedDocument d = new TikaDocumentParser().parse(p, p.getFileName().toString());
                found.put(p.getFileName().toString().substring(0, 3), d.date() + " " + d.metadata().getOrDefault("dateSource", "-"));
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("000", "null -");
        expected.put("001", "null -");
        expected.put("002", "2022-03-11 front-matter");
        expected.put("003", "2023-09-22 signature");
        expected.put("004", "2022-05-07 signature");
        assertEquals(expected, found);
    }

    /** The twelve held-out reports print no full date of their own (issue numbers, months): none gets one. */
    @Test
    void theHeldOutReportsGetNoInventedDate() throws Exception {
        try (Stream<Path> reports = Files.list(Path.of("core/src/test/resources/heldout/reports"))) {
            for (Path p : reports.sorted().toList()) {
                assertEquals(Optional.empty(), ContentDate.find(Files.readString(p)), p.toString());
            }
        }
    }

    @Test
    void aLabelIsTrustedBeforeA落款() {
        assertEquals(LocalDate.of(2023, 5, 20), ContentDate.find("标题\n发布日期：2023-05-20\n" + BODY + "国务院\n2023年5月12日\n")
                .orElseThrow().date());
    }
}
