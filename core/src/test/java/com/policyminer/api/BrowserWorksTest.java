package com.policyminer.api;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import com.policyminer.parse.ParseLimits;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17 on the page, in Chromium at 1280 and 390 px: the document view lists the other files of its
 * work (name, format, upload time, source) and its versions; 对比 opens the diff (the figure changed
 * between the original and its repost, the paragraph added); collections and tags are edited on the page
 * behind the server's token; search has a collection facet that filters. With -Ddocs.screenshots=true
 * the views are saved to docs/screenshots.
 */
@Tag("browser")
class BrowserWorksTest {

    private static final int[][] WIDTHS = {{1280, 800}, {390, 844}};
    private static final String TOKEN = "page-token-17";
    /** A named token: what it uploads is 张三's. */
    private static final String ZHANG = "zhang-token-17";
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{2,}[ ,:;.'()-]+[A-Za-z]{2,}[ ,:;.'()-]+[A-Za-z]{2,}"
            + "|(?i)\\b(error|exception|not found|cannot|failed|invalid|undefined|null)\\b");
    /** File names, addresses and the reports' own passages: left out of the language scan. */
    private static final String QUOTES = "#doc-text, .passage, .context, .contexts, .mention-list, .expansion, .path, .file, "
            + ".passage-text, .source";

    private static Path work;
    private static Engine engine;
    private static Javalin app;
    private static BrowserSession browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(BrowserSession.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        work = Files.createTempDirectory("pm-works-page-");
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path fidelity = Path.of("core/src/test/resources/fidelity");
        Path seed000;
        try (var dirs = Files.list(fidelity)) {
            seed000 = dirs.filter(d -> d.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        Files.createDirectories(corpus.resolve("renditions"));
        Files.copy(seed000.resolve("plain.pdf"), corpus.resolve("renditions/000-plain.pdf"));
        String text = Files.readString(Path.of("corpus/000_f8820dc2aea3848d.txt"));
        int mid = text.indexOf('\n', text.length() / 2);
        Files.createDirectories(corpus.resolve("reposts"));
        Files.writeString(corpus.resolve("reposts/000-repost.txt"), (text.substring(0, mid)
                + "\n编者按：本文经作者授权转载，转载时有删节，文中观点仅代表作者本人，不代表本网站立场。\n" + text.substring(mid))
                .replace("1648.56亿元", "1748.56亿元"));
        // a news item reposting one sentence of seed 000 (another work: the same passage in 2 reports), and
        // one with a value of its own (an independent source)
        String sentence = text.substring(text.lastIndexOf('\n', text.indexOf("1648.56亿元")) + 1, text.indexOf('。', text.indexOf("1648.56亿元")) + 1);
        Files.createDirectories(corpus.resolve("news"));
        Files.writeString(corpus.resolve("news/快讯甲.txt"), "西部科技快讯\n\n据本报记者了解，两市近年来科技成果转化加快。\n" + sentence.strip() + "\n");
        Files.writeString(corpus.resolve("news/快讯乙.txt"), "西安科技统计简报\n\n2020年，西安市技术市场合同成交额为1650.2亿元，比上年增长。\n");
        Config config = new Config(work.resolve("index"), corpus, "127.0.0.1", 0, 2, 50,
                new ParseLimits(20_000_000, 2_000_000, Duration.ofSeconds(60)), TOKEN, 16 * 1024 * 1024, "", "",
                com.policyminer.parse.OcrSettings.DEFAULT, "张三:" + ZHANG);
        engine = new Engine(config);
        engine.ingest().run(corpus, null);
        app = new ApiServer(engine).create();
        app.start("127.0.0.1", 0);
        browser = new BrowserSession("http://127.0.0.1:" + app.port());
        // the Word rendition comes as an upload, with its own name and the address it came from
        browser.open("#/upload");
        Object status = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                + "const form = new FormData(); form.append('files', new Blob([bytes]), '科创中心-终稿.docx');"
                + "form.append('sourceUrl', 'https://www.example.gov.cn/zhengce/2022/kcz.html');"
                + "fetch('/api/upload', {method: 'POST', body: form, headers: {Authorization: 'Bearer ' + arguments[1]}})"
                + ".then(r => done(r.status)).catch(e => done(String(e)));",
                Base64.getEncoder().encodeToString(Files.readAllBytes(seed000.resolve("plain.docx"))), ZHANG);
        assertEquals("200", String.valueOf(status));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.stop();
        }
        if (engine != null) {
            engine.close();
        }
        if (work != null) {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @BeforeEach
    void clean() {
        browser.size(1280, 800);
        browser.open("#/");
        browser.js("localStorage.clear(); sessionStorage.clear();");
        browser.severeConsole(m -> true);
    }

    @AfterEach
    void consoleIsClean() {
        List<String> severe = browser.severeConsole(m -> m.contains("401"));
        assertTrue(severe.isEmpty(), "browser console has SEVERE entries: " + severe);
    }

    private static String docId(String path) throws IOException {
        return engine.index().indexedReports().get(path);
    }

    private void load(String hash) {
        browser.driver.get("about:blank");
        browser.open(hash);
        try {
            browser.waitFor(d -> (Boolean) browser.js("const v = document.getElementById('view');"
                    + "return !!v && ![...v.querySelectorAll('p')].some(p => /^(加载|检索中)/.test(p.textContent.trim()))"
                    + " && !!v.querySelector('h2, .error, #status[data-total]')"));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(hash + " did not load: " + browser.js("return document.getElementById('view').innerText")
                    + " console: " + browser.severeConsole(m -> false), e);
        }
    }

    /** The view's own text, without file names, addresses and quoted passages, must be Chinese and free of ids; and fit. */
    private void chineseAndFits(String view, int width) {
        String text = (String) browser.js("const v = document.getElementById('view').cloneNode(true);"
                + "v.querySelectorAll(arguments[0]).forEach(e => e.remove());"
                + "const box = document.createElement('div'); box.style.position = 'absolute'; box.style.left = '-99999px';"
                + "box.append(v); document.body.append(box); const t = v.innerText; box.remove(); return t;", QUOTES);
        assertFalse(HEX_ID.matcher(text).find(), view + " at " + width + " shows an id: " + text);
        assertFalse(ENGLISH.matcher(text).find(), view + " at " + width + " speaks English: " + text);
        assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                () -> view + " at " + width + " scrolls sideways: " + browser.js("return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                        + ".map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 8).join('; ') + ' ' + document.documentElement.scrollWidth + '/' + window.innerWidth"
                        + " + ' text: ' + (() => { const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT); const out = [];"
                        + " for (let n = w.nextNode(); n; n = w.nextNode()) { const r = document.createRange(); r.selectNodeContents(n);"
                        + " if (r.getBoundingClientRect().right > window.innerWidth + 1) out.push(n.parentNode.className + ':' + n.textContent.slice(0, 60)); }"
                        + " return out.slice(0, 5).join(' | '); })()"));
    }

    private void shot(String name) throws IOException {
        Path shot = browser.screenshot(name);
        if (Boolean.getBoolean("docs.screenshots")) {
            Files.copy(shot, Files.createDirectories(Path.of("docs", "screenshots")).resolve(shot.getFileName()),
                    StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void theDocumentListsItsFilesAndTheDiffShowsTheFigureChangedInTheRepost() throws Exception {
        String seed = docId("000_f8820dc2aea3848d.txt");
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/doc/" + seed);
            WebElement files = browser.waitFor(By.id("work-files"));
            String rows = files.getText();
            assertTrue(rows.contains("000-plain.pdf") && rows.contains("PDF"), rows);
            assertTrue(rows.contains("000-repost.txt") && rows.contains("文本"), rows);
            assertTrue(rows.contains("科创中心-终稿.docx") && rows.contains("Word"), "the uploaded name, not the stored one: " + rows);
            WebElement uploaded = files.findElement(By.xpath(".//tr[contains(., '科创中心-终稿.docx')]"));
            assertTrue(uploaded.getText().matches("(?s).*20\\d\\d-\\d\\d-\\d\\d \\d\\d:\\d\\d.*"), "upload time: " + uploaded.getText());
            assertEquals("https://www.example.gov.cn/zhengce/2022/kcz.html",
                    uploaded.findElement(By.cssSelector("a.source")).getAttribute("href"));
            assertTrue(uploaded.findElement(By.cssSelector(".uploader")).getText().contains("上传者 张三"), uploaded.getText());
            assertTrue(browser.waitFor(By.id("doc-collections")).getText().contains("集合："));
            browser.js("window.scrollTo(0, document.getElementById('doc-work').getBoundingClientRect().top + window.scrollY - 120)");
            shot("doc-works-" + size[0]);
            chineseAndFits("doc", size[0]);

            files.findElement(By.xpath(".//tr[contains(., '000-repost.txt')]//a[contains(@class, 'diff-link')]")).click();
            browser.waitFor(By.id("diff-figures"));
            WebElement changed = browser.waitFor(By.cssSelector("#diff-figures tr[data-change=changed]"));
            assertEquals("1648.56亿元", changed.findElement(By.cssSelector("td.from")).getText());
            assertEquals("1748.56亿元", changed.findElement(By.cssSelector("td.to")).getText());
            assertTrue(changed.getText().contains("数值变化"), changed.getText());
            assertEquals(1, browser.all(By.cssSelector("#diff-figures tbody tr")).size());
            String added = browser.waitFor(By.id("diff-added")).getText();
            assertTrue(added.contains("编者按：本文经作者授权转载"), added);
            assertTrue(browser.waitFor(By.id("diff-removed")).getText().contains("1648.56亿元"));
            assertTrue(browser.waitFor(By.id("diff-summary")).getText().contains("数据变化 1"));
            shot("diff-" + size[0]);
            chineseAndFits("diff", size[0]);
            // a figure links to its place in its own file
            String repost = docId("reposts/000-repost.txt");
            changed.findElement(By.cssSelector("td.to a")).click();
            browser.waitFor(d -> d.getCurrentUrl().contains("#/doc/" + repost));
            assertTrue(browser.waitFor(By.id("target")).getText().contains("1748.56"));
        }
    }

    @Test
    void collectionsAndTagsAreEditedBehindTheTokenAndTheFacetFilters() throws Exception {
        String id = docId("001_a619ee9cd5a0211b.txt");
        load("#/doc/" + id);
        browser.waitFor(By.id("collections-edit")).click();
        browser.waitFor(By.id("collections-input")).sendKeys("项目甲，长三角专题");
        browser.waitFor(By.id("tags-input")).sendKeys("重点");
        browser.waitFor(By.id("collections-save")).click();
        WebElement status = browser.waitFor(d -> d.findElement(By.id("collections-status")).getText().isEmpty() ? null
                : d.findElement(By.id("collections-status")));
        assertTrue(status.getText().startsWith("保存失败：需要访问令牌"), status.getText());
        assertEquals("unauthorized", status.getAttribute("data-code"));

        browser.js("sessionStorage.setItem('pm-token', arguments[0])", TOKEN);
        browser.waitFor(By.id("collections-save")).click();
        browser.waitFor(By.id("collections-saved"));
        browser.waitFor(By.id("doc-collection-list"));
        assertEquals(List.of("项目甲", "长三角专题"), browser.js("return [...document.querySelectorAll('#doc-collection-list a')].map(a => a.textContent)"));
        assertEquals("重点", browser.waitFor(By.id("doc-tag-list")).getText());
        load("#/doc/" + id); // kept: read back from the index
        assertTrue(browser.waitFor(By.id("doc-collection-list")).getText().contains("项目甲"));

        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/search?q=" + java.net.URLEncoder.encode("长三角", java.nio.charset.StandardCharsets.UTF_8));
            WebElement facet = browser.waitFor(By.cssSelector("#facets details[data-facet=collection]"));
            browser.js("document.querySelector('#facets details[data-facet=collection]').open = true");
            WebElement value = facet.findElement(By.cssSelector("a.facet-value[data-value='项目甲']"));
            assertEquals("1", value.findElement(By.cssSelector(".count")).getText());
            shot("search-collection-" + size[0]);
            chineseAndFits("search", size[0]);
            value.click();
            browser.waitFor(d -> d.getCurrentUrl().contains("collection="));
            browser.waitFor(By.cssSelector("#status[data-total]"));
            // the status line is drawn again when the filtered search answers: read it where it is then, the message only on failure
            assertEquals("1", browser.waitFor(By.cssSelector("#status[data-total]")).getAttribute("data-total"),
                    () -> browser.waitFor(By.cssSelector("#status[data-total]")).getText());
            assertTrue(browser.waitFor(By.id("chips")).getText().contains("集合：项目甲"));
        }
    }

    @Test
    void aRepostedPassageIsShownAsTheSamePassageInTwoReports() throws Exception {
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/compare/compare?subject=" + java.net.URLEncoder.encode("西安", java.nio.charset.StandardCharsets.UTF_8)
                    + "&indicator=" + java.net.URLEncoder.encode("技术市场合同成交额", java.nio.charset.StandardCharsets.UTF_8));
            WebElement item = browser.waitFor(By.cssSelector(".republished li"));
            assertTrue(item.getText().startsWith("同一段落见于 2 篇报告"), item.getText());
            assertTrue(item.getText().contains("1648.56亿元") && item.getText().contains("《西部科技快讯》"), item.getText());
            browser.js("window.scrollTo(0, document.querySelector('.republished').getBoundingClientRect().top + window.scrollY - 200)");
            shot("compare-republished-" + size[0]);
            chineseAndFits("compare", size[0]);
        }
    }

    @Test
    void theUploaderIsShownAndSearchable() throws Exception {
        String q = java.net.URLEncoder.encode("uploader:张三", java.nio.charset.StandardCharsets.UTF_8);
        load("#/search?q=" + q);
        assertEquals("1", browser.waitFor(By.cssSelector("#status[data-total]")).getAttribute("data-total"));
        assertTrue(browser.waitFor(By.cssSelector("#results .uploader")).getText().contains("上传者：张三"));
        String upload = engine.index().indexedReports().keySet().stream().filter(p -> p.startsWith("uploads/")).findFirst().orElseThrow();
        load("#/doc/" + docId(upload));
        String own = browser.waitFor(By.id("doc-provenance")).getText();
        assertTrue(own.contains("上传者 张三") && own.contains("www.example.gov.cn"), own);
        // the unnamed token names nobody; a write with it is still allowed
        assertEquals(0L, browser.js("return fetch('/api/search?q=' + encodeURIComponent('uploader:page')).then(r => r.json()).then(d => d.total)"));
    }
}
