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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 20, the page as an analyst uses it, in Chromium at 1280 and 390 px: every view in Chinese (no
 * Latin-letter error message, no 64-hex id), conflicts explained in Chinese with titles, the heatmap's
 * headers whole, facets with 更多, policies without empty columns or strategies in 《》, mentions in context
 * with pages, colour layers that switch off, saved and recent searches, keys, exports, reindex and delete.
 * With -Ddocs.screenshots=true every view is saved to docs/screenshots at both widths.
 */
@Tag("browser")
class BrowserAnalystTest {

    private static final int[][] WIDTHS = {{1280, 800}, {390, 844}};
    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{64}");
    /** Three Latin words in a row (an English sentence), or words of a library's or server's error message. */
    private static final Pattern ENGLISH = Pattern.compile(
            "[A-Za-z]{2,}[ ,:;.'()-]+[A-Za-z]{2,}[ ,:;.'()-]+[A-Za-z]{2,}"
                    + "|(?i)\\b(error|exception|not found|no document|cannot|failed|invalid|mis-dated|encountered|undefined|null)\\b");
    /** Where the page quotes the reports themselves (which may be in English) or their file names: left out of the scan. */
    private static final String QUOTES = "#doc-text, .passage, .context, .contexts, .mention-list, .expansion, .path, .file";

    private static Path work;
    private static Path corpus;
    private static Engine engine;
    private static Javalin app;
    private static BrowserSession browser;

    private Predicate<String> expectedConsole = m -> false;
    private String testName;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(BrowserSession.available(), "needs /usr/bin/chromium and /usr/bin/chromedriver");
        work = Files.createTempDirectory("pm-analyst-");
        corpus = Files.createDirectories(work.resolve("corpus"));
        try (var files = Files.list(Path.of("corpus"))) {
            for (Path f : files.toList()) {
                Files.copy(f, corpus.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Files.copy(Path.of("core/src/test/resources/fixtures/seed-004-pages.pdf"), corpus.resolve("seed-004-pages.pdf"));
        // a second value for 西安市's 2020 R&D intensity (000 says 5.05%): a conflict, not only a mis-dating
        Files.writeString(corpus.resolve("西安快报-2020.txt"), "西安市研发投入快报\n\n2020年，西安市研发投入强度为5.31%，技术合同成交额继续增长。\n");
        engine = new Engine(Config.fromEnvironment().withIndex(work.resolve("index")).withCorpus(corpus));
        engine.ingest().run(corpus, null);
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
        browser.js("localStorage.clear(); sessionStorage.clear();");
        browser.severeConsole(m -> true);
    }

    @AfterEach
    void consoleIsClean() throws IOException {
        browser.screenshot("analyst-" + testName);
        List<String> severe = browser.severeConsole(expectedConsole);
        assertTrue(severe.isEmpty(), "browser console has SEVERE entries: " + severe);
    }

    private String docId(String path) {
        return (String) browser.js("return fetch('/api/documents').then(r => r.json())"
                + ".then(d => d.documents.find(x => x.path === arguments[0]).id)", path);
    }

    private void load(String hash) {
        browser.driver.get("about:blank");
        browser.open(hash);
        browser.waitFor(d -> (Boolean) browser.js("const v = document.getElementById('view');"
                + "return !!v && ![...v.querySelectorAll('p')].some(p => /^(加载|检索中)/.test(p.textContent.trim()))"
                + " && !!v.querySelector('h2, .error, #status[data-total]')"));
    }

    private boolean fits() {
        return (Boolean) browser.js("return document.documentElement.scrollWidth <= window.innerWidth");
    }

    /** The view's rendered text (closed 详情 and hidden elements are not rendered), without quotes of the reports. */
    private String ownText() {
        return (String) browser.js("const v = document.getElementById('view').cloneNode(true);"
                + "v.querySelectorAll(arguments[0]).forEach(e => e.remove());"
                + "const box = document.createElement('div'); box.style.position = 'absolute'; box.style.left = '-99999px';"
                + "box.append(v); document.body.append(box); const t = v.innerText; box.remove(); return t;", QUOTES);
    }

    @Test
    void everyViewSpeaksChineseAndFitsBothWidths() throws IOException {
        expectedConsole = m -> m.contains("404") || m.contains("400");
        String pdf = docId("seed-004-pages.pdf");
        String txt = docId("000_f8820dc2aea3848d.txt");
        String[][] views = {
            {"search", "#/search?q=" + url("科技创新")}, {"search-error", "#/search?q=" + url("title:(研发")},
            {"figures", "#/figures?subject=" + url("西安")}, {"figures-doc", "#/figures?doc=" + txt},
            {"region", "#/region/" + url("西安")}, {"regions", "#/region"}, {"policies", "#/policy"},
            {"policy", "#/policy/" + url("一带一路")}, {"doc", "#/doc/" + txt}, {"doc-pdf-text", "#/doc/" + pdf},
            {"doc-missing", "#/doc/" + "0".repeat(63) + "1"}, {"upload", "#/upload"}, {"conflicts", "#/compare/conflicts"},
            {"compare", "#/compare/compare?subject=" + url("西安")}, {"matrix", "#/compare/matrix?a=region&b=policy"},
            {"search-doc", "#/search?doc=" + txt}};
        List<String> problems = new ArrayList<>();
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            for (String[] v : views) {
                load(v[1]);
                String text = ownText() + "\n" + browser.driver.getTitle();
                Matcher hex = HEX_ID.matcher(text);
                if (hex.find()) {
                    problems.add(v[0] + " at " + size[0] + ": a 64-hex id " + hex.group());
                }
                Matcher english = ENGLISH.matcher(text);
                if (english.find()) {
                    problems.add(v[0] + " at " + size[0] + ": English \"" + english.group() + "\"");
                }
                if (!fits()) {
                    problems.add(v[0] + " at " + size[0] + ": horizontal scroll");
                }
                Path shot = browser.screenshot(v[0] + "-" + size[0]);
                if (Boolean.getBoolean("docs.screenshots") && !v[0].contains("error") && !v[0].contains("missing")
                        && !v[0].equals("search-doc") && !v[0].equals("figures-doc") && !v[0].equals("doc-pdf-text")) {
                    Path docs = Files.createDirectories(Path.of("docs", "screenshots"));
                    Files.copy(shot, docs.resolve(shot.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void errorsAreChineseWithTheOriginalUnderDetails() {
        expectedConsole = m -> m.contains("404") || m.contains("400");
        load("#/doc/" + "0".repeat(63) + "1");
        WebElement error = browser.waitFor(By.cssSelector("#view .error"));
        assertTrue(error.getText().startsWith("出错了：找不到该文档"), error.getText());
        assertEquals("not_found", error.getAttribute("data-code"));
        WebElement details = error.findElement(By.cssSelector("details.error-details"));
        assertFalse(details.getText().contains("no document"), "the original is folded: " + details.getText());
        details.findElement(By.tagName("summary")).click();
        assertTrue(details.getText().contains("no document with id"), details.getText());
        // a query Lucene cannot parse: Chinese first, Lucene's words under 详情
        load("#/search?q=" + url("title:(研发"));
        WebElement status = browser.waitFor(By.cssSelector("#status.error"));
        assertTrue(status.getText().startsWith("查询有误：查询语法有误"), status.getText());
        assertFalse(status.getText().contains("Encountered"), status.getText());
        status.findElement(By.tagName("summary")).click();
        assertTrue(status.getText().contains("Encountered") || status.getText().contains("Cannot parse"), status.getText());
    }

    @Test
    void conflictsAreExplainedInChineseWithTitlesAndFitAPhone() {
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/compare/conflicts");
            WebElement misdated = browser.waitFor(By.cssSelector(".conflict[data-verdict=same-value-different-year]"));
            assertTrue(misdated.findElement(By.cssSelector(".reason")).getText().contains("可能有一处年份写错"), misdated.getText());
            assertTrue(misdated.findElement(By.cssSelector(".conflict-docs")).getText().contains("《构建西安兰州国家区域科技创新中心的考虑》"));
            WebElement conflict = browser.waitFor(By.cssSelector(".conflict[data-verdict=conflict]"));
            String reason = conflict.findElement(By.cssSelector(".reason")).getText();
            // Δ says what it is: a relative change, and for a percentage the percentage points too
            assertTrue(reason.contains("5.31%（《西安市研发投入快报》）") && reason.contains("相对相差 4.9%") && reason.contains("0.26 个百分点"), reason);
            assertFalse(reason.contains("given for") || reason.contains("differ by"), reason);
            assertTrue(fits(), "conflicts at " + size[0] + " px: " + browser.js("return document.documentElement.scrollWidth"));
            assertTrue((Boolean) browser.js("return [...document.querySelectorAll('.conflict')].every(c => c.scrollWidth <= c.clientWidth + 1)"));
        }
    }

    @Test
    void heatmapColumnHeadersAreWholeAtBothWidths() {
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/compare/matrix?a=region&b=policy");
            browser.waitFor(By.cssSelector("table.heatmap th.col"));
            @SuppressWarnings("unchecked")
            List<String> clipped = (List<String>) browser.js("return [...document.querySelectorAll('table.heatmap th.col')]"
                    + ".filter(th => { const s = th.querySelector('span'); const r = s.getBoundingClientRect(), t = th.getBoundingClientRect();"
                    + "  return s.scrollHeight > s.clientHeight + 1 || r.top < t.top - 1"
                    + "    || !(s.textContent === th.title || s.textContent.endsWith('…') && th.title.startsWith(s.textContent.slice(0, -1))); })"
                    + ".map(th => th.title)");
            assertTrue(clipped.isEmpty(), "clipped at " + size[0] + ": " + clipped);
            assertEquals("秦创原", browser.js("const th = [...document.querySelectorAll('table.heatmap th.col')].find(t => t.title === '秦创原');"
                    + "return th ? th.innerText.replace(/\\s/g, '') : null"));
            assertTrue(fits(), "matrix at " + size[0]);
        }
    }

    @Test
    void facetsShowMoreWhenThereAreMoreLabels() {
        load("#/search?q=" + url("科技创新"));
        WebElement facet = browser.waitFor(By.cssSelector("details.facet[data-facet=region]"));
        int all = facet.findElements(By.cssSelector("li")).size();
        assertTrue(all > 12, "region labels: " + all);
        assertEquals(12L, browser.js("return [...arguments[0].querySelectorAll('li')].filter(li => !li.hidden).length", facet));
        WebElement more = facet.findElement(By.cssSelector(".facet-more"));
        assertEquals("更多（" + (all - 12) + "）", more.getText());
        more.click();
        assertEquals((long) all, browser.js("return [...arguments[0].querySelectorAll('li')].filter(li => !li.hidden).length", facet));
        assertEquals("收起", more.getText());
    }

    @Test
    void policiesNameStrategiesBareHideEmptyColumnsAndMergeOnePlan() {
        load("#/policy");
        WebElement table = browser.waitFor(By.id("policy-list"));
        List<String> headers = table.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList();
        assertFalse(headers.contains("文号"), "no report in the corpus gives a 文号: " + headers);
        assertTrue(headers.contains("标题") && headers.contains("文档"), headers.toString());
        assertEquals("一带一路", table.findElement(By.cssSelector("tr[data-title='一带一路'] td a")).getText());
        assertTrue(table.findElements(By.cssSelector("tr[data-title='科技部关于十四五东西部科技合作实施方案']")).isEmpty(),
                "one plan listed twice");
        WebElement plan = table.findElement(By.cssSelector("tr[data-title='十四五东西部科技合作实施方案']"));
        assertTrue(plan.getText().contains("《十四五东西部科技合作实施方案》") && plan.getText().contains("又名：《科技部关于十四五东西部科技合作实施方案》"),
                plan.getText());
        // the document view names a strategy bare too
        load("#/doc/" + docId("000_f8820dc2aea3848d.txt"));
        @SuppressWarnings("unchecked")
        List<String> policies = (List<String>) browser.js("return [...document.querySelectorAll('#doc-side .side-policy a.entity')].map(a => a.textContent)");
        assertTrue(policies.contains("一带一路") && !policies.contains("《一带一路》"), policies.toString());
    }

    @Test
    void documentMentionsHaveContextAndPagesAndLayersSwitchOff() {
        for (int[] size : WIDTHS) {
            browser.size(size[0], size[1]);
            load("#/doc/" + docId("seed-004-pages.pdf"));
            WebElement group = browser.waitFor(By.cssSelector("#doc-side details.side-group"));
            if (group.getAttribute("open") == null) {
                group.findElement(By.tagName("summary")).click();
            }
            WebElement mentions = group.findElement(By.cssSelector("details.mentions"));
            mentions.findElement(By.tagName("summary")).click();
            WebElement first = mentions.findElement(By.cssSelector(".mention-list li a.jump"));
            assertTrue(first.findElement(By.cssSelector(".page")).getText().matches("第 \\S+ 页"), first.getText());
            assertTrue(first.findElements(By.tagName("mark")).size() == 1, first.getText());
            assertTrue(first.getText().length() > first.findElement(By.tagName("mark")).getText().length() + 10, "context: " + first.getText());
            first.click();
            browser.waitFor(By.cssSelector("#doc-text .m.target"));
            assertTrue(fits(), "document at " + size[0]);
        }
        // the figure layer switched off: figures lose their colour, and stay off after a reload
        browser.size(1280, 800);
        String id = docId("000_f8820dc2aea3848d.txt");
        load("#/doc/" + id);
        String before = (String) browser.js("return getComputedStyle(document.querySelector('#doc-text .m-figure')).backgroundColor");
        browser.driver.findElement(By.cssSelector("#legend input[data-layer=figure]")).click();
        assertTrue(browser.driver.findElement(By.id("doc-text")).getAttribute("class").contains("off-figure"));
        String after = (String) browser.js("return getComputedStyle(document.querySelector('#doc-text .m-figure')).backgroundColor");
        assertFalse(before.equals(after), before + " → " + after);
        assertEquals("rgba(0, 0, 0, 0)", after);
        load("#/doc/" + id);
        assertFalse(browser.driver.findElement(By.cssSelector("#legend input[data-layer=figure]")).isSelected());
        assertTrue(browser.driver.findElement(By.cssSelector("#legend input[data-layer=region]")).isSelected());
    }

    @Test
    void slashFocusesSearchAndArrowsMoveThroughHits() {
        load("#/figures");
        new Actions(browser.driver).sendKeys("/").perform();
        browser.waitFor(d -> "q".equals(browser.js("return document.activeElement && document.activeElement.id")));
        browser.driver.findElement(By.id("q")).sendKeys("科技创新" + Keys.ENTER);
        browser.waitFor(By.cssSelector("#results .hit a.hit-title"));
        List<WebElement> titles = browser.all(By.cssSelector("#results .hit a.hit-title"));
        assertTrue(titles.size() >= 3);
        browser.driver.findElement(By.id("q")).sendKeys(Keys.ARROW_DOWN);
        assertEquals(titles.get(0), browser.driver.switchTo().activeElement());
        new Actions(browser.driver).sendKeys(Keys.ARROW_DOWN).sendKeys(Keys.ARROW_DOWN).perform();
        assertEquals(titles.get(2), browser.driver.switchTo().activeElement());
        new Actions(browser.driver).sendKeys(Keys.ARROW_UP).perform();
        assertEquals(titles.get(1), browser.driver.switchTo().activeElement());
        String href = titles.get(1).getAttribute("href");
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        browser.waitFor(d -> d.getCurrentUrl().equals(href));
        browser.waitFor(By.id("doc-text"));
        // "/" on a page without the box opens the search view with the box in focus
        new Actions(browser.driver).sendKeys("/").perform();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/search")
                && "q".equals(browser.js("return document.activeElement && document.activeElement.id")));
    }

    @Test
    void searchesAreRememberedAndCanBeSaved() {
        load("#/search?q=" + url("研发投入强度"));
        load("#/search?q=" + url("技术合同成交额") + "&region=" + url("西安市"));
        WebElement recent = browser.waitFor(By.id("recent-searches"));
        browser.js("arguments[0].open = true", recent);
        assertTrue(recent.getText().contains("研发投入强度"), recent.getText());
        browser.driver.findElement(By.id("save-search")).click();
        assertEquals("★ 已保存", browser.driver.findElement(By.id("save-search")).getText());
        // a new visit: the saved search is listed, and opens with its filter
        load("#/search");
        WebElement saved = browser.waitFor(By.id("saved-searches"));
        WebElement entry = saved.findElement(By.cssSelector("a.history-link"));
        assertEquals("技术合同成交额 · 西安市", entry.getText());
        entry.click();
        browser.waitFor(d -> d.getCurrentUrl().contains("region=") && !d.findElements(By.cssSelector("#status[data-total]")).isEmpty());
        assertEquals(1, browser.all(By.cssSelector("#chips .chip[data-value='西安市']")).size());
    }

    @Test
    void searchMentionsAndPoliciesExportFromThePage() {
        load("#/search?q=" + url("技术合同成交额"));
        String csv = browser.waitFor(By.id("export-csv")).getAttribute("href");
        assertTrue(csv.contains("format=csv") && csv.contains("/api/search"), csv);
        assertTrue(fetchType(csv).startsWith("200 text/csv"), csv);
        assertTrue(fetchType(browser.driver.findElement(By.id("export-json")).getAttribute("href")).startsWith("200 application/json"));
        load("#/doc/" + docId("000_f8820dc2aea3848d.txt"));
        assertTrue(fetchType(browser.waitFor(By.id("mentions-csv")).getAttribute("href")).startsWith("200 text/csv"));
        load("#/policy");
        assertTrue(fetchType(browser.waitFor(By.id("policies-csv")).getAttribute("href")).startsWith("200 text/csv"));
        load("#/region");
        assertTrue(fetchType(browser.waitFor(By.id("regions-csv")).getAttribute("href")).startsWith("200 text/csv"));
    }

    private String fetchType(String href) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver).executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')))", href));
    }

    @Test
    void reindexAndDeleteFromThePage() throws IOException {
        Files.writeString(corpus.resolve("reindex-probe.txt"), "克拉玛依市科技快报\n\n2025年，克拉玛依市技术合同成交额达到12.5亿元。\n");
        load("#/upload");
        browser.waitFor(By.id("reindex")).click();
        WebElement status = browser.waitFor(d -> {
            WebElement s = d.findElement(By.id("reindex-status"));
            return s.getText().startsWith("完成") ? s : null;
        });
        assertTrue(status.getText().contains("已索引 1"), status.getText());
        load("#/search?q=" + url("克拉玛依"));
        WebElement hit = browser.waitFor(d -> d.findElements(By.cssSelector("#results .hit")).stream()
                .filter(h -> h.getText().contains("克拉玛依市科技快报")).findFirst().orElse(null));
        hit.findElement(By.cssSelector("a.hit-title")).click();
        browser.waitFor(By.id("doc-delete")).click();
        browser.driver.switchTo().alert().accept();
        browser.waitFor(d -> d.getCurrentUrl().contains("#/search"));
        load("#/search?q=" + url("克拉玛依"));
        assertEquals(0, Integer.parseInt(browser.waitFor(By.cssSelector("#status[data-total]")).getAttribute("data-total")));
        Files.delete(corpus.resolve("reindex-probe.txt"));
    }

    private static String url(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
