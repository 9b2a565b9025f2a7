package com.policyminer.api;

import com.policyminer.app.Config;
import com.policyminer.app.Engine;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The analysts' page in a real (headless) Chromium against one server over a copy of the bundled
 * corpus. Every test saves a screenshot to target/screenshots and fails on SEVERE console entries.
 * With -Ddocs.screenshots=true the search page is also saved to docs/screenshots at 1280 and 390 px.
 */
@Tag("browser")
class BrowserTest {

    private static Path work;
    private static Engine engine;
    private static Javalin app;
    private static BrowserSession browser;

    /** Console messages a test expects (e.g. the 4xx of a rejected upload); cleared before each test. */
    private Predicate<String> expectedConsole = m -> false;
    private String testName;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(BrowserSession.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        String external = System.getProperty("browser.base"); // a running server instead of the fixture
        work = Files.createTempDirectory("pm-browser-");
        if (external != null) {
            browser = new BrowserSession(external);
            return;
        }
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        // a report whose text looks like markup: the page must show it as text, never parse it
        // a six-page PDF (seed 004 exported by LibreOffice): the document view shows its original pages
        Files.copy(Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf"), corpus.resolve("seed-004-pages.pdf"));
        Files.writeString(corpus.resolve("markup-probe.txt"), "标记测试报告\n\n西安市的测试数据为5.2%。"
                + "<img src=x onerror=\"document.body.dataset.pwned=1\"><script>document.body.dataset.pwned=2</script>"
                + " <b>粗体</b> &amp; 《关于<i>测试</i>的通知》\n");
        if (com.policyminer.parse.OcrAvailable.installed()) { // a scan (seed 002's first page, no text layer): its OCR badges
            Files.write(corpus.resolve("scan-002.pdf"), OcrApiTest.scan());
        }
        engine = new Engine(Config.fromEnvironment().withIndex(work.resolve("index")).withCorpus(corpus));
        engine.ingest().run(engine.config().corpus(), null);
        app = new ApiServer(engine).create();
        app.start("127.0.0.1", 0);
        browser = new BrowserSession("http://127.0.0.1:" + app.port());
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
    void name(TestInfo info) {
        testName = info.getTestMethod().map(java.lang.reflect.Method::getName).orElse("test");
        browser.size(1280, 800);
        browser.open("#/");
        browser.severeConsole(m -> true); // drain what earlier tests left
    }

    @AfterEach
    void consoleIsClean() throws IOException {
        browser.screenshot(testName);
        List<String> severe = browser.severeConsole(expectedConsole);
        assertTrue(severe.isEmpty(), "browser console has SEVERE entries: " + severe);
    }

    @Test
    void searchShowsHighlightedPassages() {
        browser.driver.get("about:blank"); // a cold page load, to time the first paint of results
        browser.open("#/search?q=" + url("研发投入强度"));
        WebElement mark = browser.waitFor(By.cssSelector("#results .hit .passage mark"));
        assertEquals("研发投入强度", mark.getText());
        assertTrue(total() > 0);
        // the title links to the document view, passages keep their text around the mark
        WebElement hit = browser.all(By.cssSelector("#results .hit")).get(0);
        assertTrue(hit.findElement(By.cssSelector("a.hit-title")).getAttribute("href").contains("#/doc/"));
        assertTrue(hit.findElement(By.cssSelector(".passage")).getText().length() > "研发投入强度".length());
        // a second cold load, the server warm: the goal is results on screen within 300 ms of navigation start;
        // the assertion leaves room for a loaded CI machine (-Dsearch.paint.ms=300 to hold the goal)
        browser.driver.get("about:blank");
        browser.open("#/search?q=" + url("研发投入强度"));
        browser.waitFor(By.cssSelector("#results .hit .passage mark"));
        long rendered = ((Number) browser.js("return +document.getElementById('status').dataset.renderedAt")).longValue();
        System.out.println("search results painted " + rendered + " ms after navigation start; "
                + browser.js("const n = performance.getEntriesByType('navigation')[0];"
                + "return 'html ' + Math.round(n.responseEnd) + ' ms, DOMContentLoaded ' + Math.round(n.domContentLoadedEventEnd) + ' ms, '"
                + "+ document.getElementById('status').textContent"));
        assertTrue(rendered < Long.getLong("search.paint.ms", 2000), "results took " + rendered + " ms");
    }

    @Test
    void documentAndPassageTextIsNeverParsedAsMarkup() {
        browser.open("#/search?q=" + url("标记测试报告"));
        WebElement hit = browser.waitFor(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .filter(h -> h.getText().contains("标记测试报告")).findFirst().orElse(null));
        hit.findElement(By.cssSelector("a.hit-title")).click();
        WebElement text = browser.waitFor(By.id("doc-text"));
        assertTrue(text.getText().contains("<img src=x onerror="), text.getText());
        assertTrue(text.getText().contains("<script>"), text.getText());
        assertTrue(text.findElements(By.cssSelector("img, script, b, i")).isEmpty());
        assertEquals(null, browser.js("return document.body.dataset.pwned || null"));
        // passages are escaped by the server; only <mark> becomes markup
        browser.open("#/search?q=" + url("粗体"));
        WebElement passage = browser.waitFor(By.cssSelector("#results .passage"));
        assertTrue(passage.findElements(By.cssSelector("b, img, script")).isEmpty());
        assertEquals(null, browser.js("return document.body.dataset.pwned || null"));
    }

    @Test
    void badQueryShowsTheServersMessage() {
        expectedConsole = m -> m.contains("/api/search") && m.contains("400");
        browser.open("#/search?q=" + url("title:(研发"));
        WebElement status = browser.waitFor(By.cssSelector("#status.error"));
        assertTrue(status.getText().startsWith("查询有误"), status.getText());
        assertTrue(browser.all(By.cssSelector("#results .hit")).isEmpty());
    }

    @Test
    void regionFacetNarrowsHits() {
        browser.open("#/search?q=" + url("科技创新"));
        browser.waitFor(By.cssSelector("#results .hit"));
        int before = total();
        List<WebElement> regions = browser.all(By.cssSelector("a.facet-value[data-facet=region]"));
        assertFalse(regions.isEmpty(), "no region facet values for 科技创新");
        WebElement pick = regions.stream()
                .filter(e -> facetCount(e) < before).findFirst().orElse(regions.get(0));
        String region = pick.getAttribute("data-value");
        int expected = facetCount(pick);
        pick.click();
        browser.waitFor(By.cssSelector("#chips .chip[data-value='" + region + "']"));
        browser.waitFor(d -> !browser.all(By.cssSelector("#status[data-total]")).isEmpty());
        assertEquals(expected, total(), "hits after filtering on " + region);
        assertTrue(total() <= before);
        assertTrue(browser.driver.getCurrentUrl().contains("region=" + url(region)), browser.driver.getCurrentUrl());
        // removing the chip brings the hits back
        browser.waitFor(By.cssSelector("#chips .chip[data-value='" + region + "'] .chip-x")).click();
        browser.waitFor(d -> d.findElements(By.cssSelector("#chips .chip")).isEmpty()
                && !d.findElements(By.cssSelector("#status[data-total]")).isEmpty());
        assertEquals(before, total());
    }

    @Test
    void regionPageShowsTheFirstMentionsAndMoreOnAsking() {
        browser.open("#/region/" + url("西安"));
        browser.waitFor(By.cssSelector("#region-mentions li"));
        assertEquals(50, browser.all(By.cssSelector("#region-mentions li")).size());
        WebElement more = browser.waitFor(By.cssSelector("#region-mentions-more a"));
        assertTrue(browser.driver.findElement(By.id("region-mentions-more")).getText().startsWith("显示前 50 处提及"),
                browser.driver.findElement(By.id("region-mentions-more")).getText());
        more.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("all=1")
                && d.findElements(By.cssSelector("#region-mentions li")).size() > 50);
        long total = ((Number) browser.js("return fetch('/api/regions/' + encodeURIComponent('西安'))"
                + ".then(r => r.json()).then(d => d.mentionTotal)")).longValue();
        assertEquals(Math.min(300, total), browser.all(By.cssSelector("#region-mentions li")).size());
    }

    @Test
    void figuresFilteredBySubject() {
        openFiguresOf("西安");
        List<WebElement> rows = browser.all(By.cssSelector("#figure-table tr.fig-row"));
        assertFalse(rows.isEmpty(), "no figures for 西安");
        for (WebElement row : rows) {
            assertTrue(row.findElement(By.cssSelector("td")).getText().contains("西安"), row.getText());
        }
        String csv = browser.driver.findElement(By.id("csv")).getAttribute("href");
        assertTrue(csv.contains("format=csv") && csv.contains("subject=" + url("西安")), csv);
        Object type = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))", csv);
        assertTrue(String.valueOf(type).startsWith("200 text/csv"), String.valueOf(type));
        // sorting by value puts the rows in order and keeps them all
        browser.driver.findElement(By.cssSelector("th[data-key=year] button")).click();
        browser.waitFor(By.cssSelector("th[data-key=year][aria-sort=ascending]"));
        assertEquals(rows.size(), browser.all(By.cssSelector("#figure-table tr.fig-row")).size());
    }

    @Test
    void documentOpenedFromFigureLandsOnIt() {
        openFiguresOf("西安");
        WebElement row = browser.waitFor(By.cssSelector("#figure-table tr.fig-row"));
        String doc = row.getAttribute("data-doc");
        String start = row.getAttribute("data-start");
        row.findElement(By.cssSelector("a.fig-link")).click();
        WebElement target = browser.waitFor(By.cssSelector("#doc-text .m.target"));
        assertEquals(start, target.getAttribute("data-start"));
        assertTrue(browser.driver.getCurrentUrl().contains("#/doc/" + doc), browser.driver.getCurrentUrl());
        assertTrue(target.getAttribute("class").contains("m-figure"), target.getAttribute("class"));
        assertTrue((Boolean) browser.js("const r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight;", target), "target not scrolled into view");
        assertEquals("target", browser.js("return document.activeElement.id"));
        // the sentence around the figure is shaded, and holds the figure
        String sentence = (String) browser.js("const h = CSS.highlights.get('sentence');"
                + "return h ? [...h][0].toString() : null");
        assertTrue(sentence != null && sentence.contains(target.getText()), "sentence: " + sentence);
    }

    @Test
    void uploadShowsErrorForCorruptPdfAndIndexesGoodFile() throws IOException {
        Path corrupt = work.resolve("损坏的报告.pdf");
        Files.write(corrupt, "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ngarbage\u0000\u0001"
                .getBytes(StandardCharsets.ISO_8859_1));
        Path good = work.resolve("upload-good.txt");
        Files.writeString(good, "西安市科技创新报告\n\n2023年西安市研发投入强度达到5.23%，技术合同成交额超过3000亿元。\n");
        expectedConsole = m -> m.contains("/api/upload") && m.contains("Failed to load resource");
        browser.open("#/upload");
        browser.waitFor(By.id("dropzone"));
        browser.driver.findElement(By.id("files")).sendKeys(corrupt.toAbsolutePath() + "\n" + good.toAbsolutePath());
        browser.waitFor(d -> d.findElements(By.cssSelector("#uploads .upload")).size() == 2
                && d.findElements(By.cssSelector("#uploads .upload[data-state=queued], #uploads .upload[data-state=uploading]")).isEmpty());
        WebElement bad = browser.driver.findElement(By.cssSelector("#uploads .upload[data-name='损坏的报告.pdf']"));
        assertEquals("fail", bad.getAttribute("data-state"), bad.getText());
        assertFalse(bad.findElement(By.cssSelector(".message")).getText().isBlank(), bad.getText());
        WebElement ok = browser.driver.findElement(By.cssSelector("#uploads .upload[data-name='upload-good.txt']"));
        assertEquals("ok", ok.getAttribute("data-state"), ok.getText());
        assertTrue(List.of("INDEXED", "UPDATED").contains(ok.getAttribute("data-outcome")), ok.getText());
        browser.screenshot("upload-results");
        // the new report is searchable at once
        browser.open("#/search?q=" + url("技术合同成交额超过3000亿元"));
        browser.waitFor(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .anyMatch(h -> h.getText().contains("西安市科技创新报告")));
    }

    @Test
    void searchPageFitsDesktopAndPhone() throws IOException {
        for (int[] size : new int[][] {{1280, 800}, {390, 844}}) {
            browser.size(size[0], size[1]);
            browser.driver.get("about:blank"); // a fresh load lays the page out for this width
            browser.open("#/search?q=" + url("研发投入强度"));
            browser.waitFor(By.cssSelector("#results .hit .passage mark"));
            assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "horizontal scroll at " + size[0] + " px");
            Path shot = browser.screenshot("search-" + size[0]);
            if (Boolean.getBoolean("docs.screenshots")) {
                Path docs = Files.createDirectories(Path.of("docs", "screenshots"));
                Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    @Test
    void heatmapCellSearchesForBothEntities() {
        browser.open("#/compare/matrix?a=region&b=policy");
        WebElement cell = browser.waitFor(By.cssSelector("table.heatmap td a"));
        cell.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/search") && !d.findElements(By.cssSelector("#status[data-total]")).isEmpty());
        assertTrue(browser.driver.getCurrentUrl().contains("region=") && browser.driver.getCurrentUrl().contains("policy="));
        assertTrue(total() >= 1);
        assertEquals(2, browser.all(By.cssSelector("#chips .chip")).size());
    }

    @Test
    void everyViewFitsAPhone() throws IOException {
        browser.size(390, 844);
        String doc = (String) browser.js("return fetch('/api/documents').then(r => r.json()).then(d => d.documents[0].id)");
        String[][] views = {{"figures", "#/figures?subject=" + url("西安")}, {"region", "#/region/" + url("西安")},
            {"policies", "#/policy"}, {"doc", "#/doc/" + doc}, {"upload", "#/upload"},
            {"conflicts", "#/compare/conflicts"}, {"compare", "#/compare/compare?subject=" + url("西安")},
            {"matrix", "#/compare/matrix?a=region&b=policy"}};
        for (String[] v : views) {
            browser.driver.get("about:blank");
            browser.open(v[1]);
            browser.waitFor(d -> (Boolean) browser.js("return !!document.querySelector('#view h2') && [...document"
                    + ".querySelectorAll('#view p')].every(p => !p.textContent.startsWith('加载'))"));
            assertTrue(browser.all(By.cssSelector("#view .error")).isEmpty(), v[0] + ": " + browser.driver.findElement(By.id("view")).getText());
            assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"),
                    "horizontal scroll on " + v[0] + " at 390 px");
            browser.screenshot("phone-" + v[0]);
        }
    }

    @Test
    void pdfViewShowsTheOriginalPageOfAClickedFigure() throws IOException {
        String id = (String) browser.js("return fetch('/api/documents').then(r => r.json())"
                + ".then(d => d.documents.find(x => x.path.endsWith('seed-004-pages.pdf')).id)");
        browser.open("#/doc/" + id);
        browser.waitFor(d -> browser.js("const p = document.getElementById('page-panel');"
                + "return p && p.dataset.state === 'loaded' && p.dataset.page === '1' || null"));
        assertEquals("第 1 页", browser.driver.findElement(By.id("page-label")).getText());
        assertFalse(browser.driver.findElement(By.id("page-prev")).isEnabled(), "page 1 is the first");
        // a figure on page 2, by the page list of the API
        WebElement figure = (WebElement) browser.js("return fetch('/api/documents/' + arguments[0] + '/pages').then(r => r.json())"
                + ".then(l => { const p = l.pages[1];"
                + "  return [...document.querySelectorAll('#doc-text .m-figure[data-s]')]"
                + "    .find(e => +e.dataset.s >= p.start && +e.dataset.s < p.end) || null; })", id);
        assertTrue(figure != null, "no figure on page 2");
        String start = figure.getAttribute("data-s");
        figure.click();
        WebElement image = browser.waitFor(d -> {
            WebElement img = d.findElement(By.id("page-image"));
            return browser.js("const p = document.getElementById('page-panel'), i = arguments[0];"
                    + "return p.dataset.state === 'loaded' && p.dataset.page === '2' && i.complete && i.naturalWidth > 0 || null", img)
                    != null ? img : null;
        });
        assertEquals("第 2 页", browser.driver.findElement(By.id("page-label")).getText());
        assertTrue(image.getAttribute("src").contains("/pages/2?start=" + start + "&end="), image.getAttribute("src"));
        assertTrue(((Number) browser.js("return arguments[0].naturalWidth", image)).intValue() > 0);
        assertTrue(figure.getAttribute("class").contains("picked"));
        saveForDocs(browser.screenshot("doc-pdf-1280"));
        // the page marks in the text carry the printed labels; next and previous step through the pages
        assertEquals(6L, browser.js("return document.querySelectorAll('#doc-text .page-mark').length"));
        browser.driver.findElement(By.id("page-next")).click();
        browser.waitFor(d -> browser.js("const p = document.getElementById('page-panel');"
                + "return p.dataset.state === 'loaded' && p.dataset.page === '3' || null"));
        assertEquals("第 3 页", browser.driver.findElement(By.id("page-label")).getText());
        assertEquals("", browser.driver.findElement(By.id("page-panel")).getAttribute("data-outline"), "stepping drops the outline");
        // on a phone the page stacks above the text, without horizontal scroll
        browser.size(390, 844);
        browser.driver.get("about:blank");
        browser.open("#/doc/" + id);
        browser.waitFor(d -> browser.js("const p = document.getElementById('page-panel');"
                + "return p && p.dataset.state === 'loaded' || null"));
        assertTrue((Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth"), "horizontal scroll at 390 px");
        assertTrue((Boolean) browser.js("return document.getElementById('page-panel').getBoundingClientRect().bottom"
                + " <= document.getElementById('doc-text').getBoundingClientRect().top"), "the page is not above the text");
        saveForDocs(browser.screenshot("doc-pdf-390"));
    }

    private static void saveForDocs(Path shot) throws IOException {
        if (Boolean.getBoolean("docs.screenshots")) {
            Path docs = Files.createDirectories(Path.of("docs", "screenshots"));
            Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void figuresFilteredBySubjectTypeAndIndicatorConcept() {
        browser.open("#/figures");
        browser.waitFor(By.id("f-subjectType"));
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("f-subjectType")))
                .selectByValue("region-group");
        browser.driver.findElement(By.id("f-go")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("subjectType=region-group")
                && !d.findElements(By.cssSelector("#status[data-total]")).isEmpty());
        List<WebElement> cells = browser.all(By.cssSelector("#figure-table tr.fig-row td:first-child"));
        assertFalse(cells.isEmpty(), "no figures about a group of places (西兰, 成渝 …)");
        for (WebElement c : cells) {
            assertEquals("region-group", c.getAttribute("data-subject-type"), c.getText());
        }
        // an indicator concept finds its synonyms; 指标精确匹配 only the phrase
        browser.driver.get("about:blank");
        browser.open("#/figures?indicator=" + url("研发强度"));
        int concept = total();
        browser.driver.get("about:blank");
        browser.open("#/figures?exact=true&indicator=" + url("研发强度"));
        browser.waitFor(d -> d.findElement(By.id("f-exact")).isSelected());
        int exact = total();
        assertTrue(exact < concept, exact + " literal of " + concept);
    }

    @Test
    void aScanIsBadgedWithItsOcrConfidence() {
        com.policyminer.parse.OcrAvailable.assume();
        browser.open("#/search?q=" + url("东西部科技合作"));
        WebElement hit = browser.waitFor(By.cssSelector("#results .hit .badge.ocr"));
        assertEquals("OCR", hit.getText());
        String doc = (String) browser.js("return [...document.querySelectorAll('#results .hit')]"
                + ".find(h => h.querySelector('.badge.ocr')).querySelector('a').getAttribute('href')");
        browser.open(doc.substring(doc.indexOf('#')));
        WebElement badge = browser.waitFor(By.id("doc-ocr"));
        assertTrue(badge.getText().matches("OCR 识别 1 页 · 置信度 \\d+%"), badge.getText());
        WebElement page = browser.waitFor(By.id("page-ocr"));
        browser.waitFor(d -> page.isDisplayed() && page.getText().startsWith("OCR · 置信度"));
        // its figures, in the figures table, say they were read by OCR and how surely
        browser.driver.findElement(By.linkText("本文数据表")).click();
        browser.waitFor(By.cssSelector("#figure-table tr.fig-row .badge.ocr"));
        List<WebElement> rows = browser.all(By.cssSelector("#figure-table tr.fig-row"));
        assertFalse(rows.isEmpty(), "the scan's figures");
        for (WebElement row : rows) {
            String text = row.findElement(By.cssSelector(".badge.ocr")).getText();
            assertTrue(text.matches("OCR \\d+%"), text);
        }
    }

    private void openFiguresOf(String subject) {
        browser.open("#/figures");
        WebElement input = browser.waitFor(By.id("f-subject"));
        input.sendKeys(subject);
        browser.driver.findElement(By.id("f-go")).click();
        browser.waitFor(d -> d.getCurrentUrl().contains("subject=") && !d.findElements(By.cssSelector("#status[data-total]")).isEmpty());
    }

    private int total() {
        return Integer.parseInt(browser.waitFor(By.cssSelector("#status[data-total]")).getAttribute("data-total"));
    }

    private static int facetCount(WebElement facet) {
        return Integer.parseInt(facet.findElement(By.cssSelector(".count")).getText().strip());
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
