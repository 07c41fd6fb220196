package mirage.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The workbench in Debian's Chromium, driven through chromedriver, against {@code mirage
 * serve} run from the jar: an auditor rebuilds the essay's case from a blank page, answering
 * the questions only; opens a charter, sees its sentences with their facts and corrects one;
 * exports, and {@code mirage audit} gives the page's JSON report byte for byte. And the
 * browser is refused what a local server must refuse. Skipped, saying so, only where no
 * Chromium is installed; CI installs it (.ci/run).
 */
class WorkbenchBrowserIT {

    static final String AS_OF = "2026-06-01";
    static final Path CHROMIUM = find("chromium", "chromium-browser", "google-chrome");
    static final Path CHROMEDRIVER = find("chromedriver");
    static final Path SHOTS = Path.of("target", "serve-screenshots");
    static final ObjectMapper JSON = new ObjectMapper();

    ChromeDriver browser;
    Path downloads;
    Path profileDir;

    @BeforeAll
    static void needsChromium() {
        Assumptions.assumeTrue(CHROMIUM != null && CHROMEDRIVER != null,
                "browser tests skipped: no Chromium and chromedriver on this machine (apt-get install -y chromium chromium-driver; CI installs them)");
    }

    @BeforeEach
    void openBrowser() throws IOException {
        downloads = Files.createTempDirectory("mirage-downloads");
        profileDir = Files.createTempDirectory("mirage-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profileDir,
                // another site whose name resolves to this machine: what DNS rebinding does
                "--host-resolver-rules=MAP rebound.test 127.0.0.1");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        delete(downloads);
        delete(profileDir);
    }

    @Test
    void fromABlankPageAnsweringTheQuestionsOnlyTheEssaysCaseGivesTheSampleTrapsAndVerdictAndItsExportAuditsToTheSameJson() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--as-of", AS_OF)) {
            browser.get(serve.url.toString());
            waitAudited();
            type("organisation.name", "Municipalité de Sainte-Adèle — Service des loisirs, hockey mineur");
            type("organisation.jurisdiction", "CA-QC");
            type("organisation.sector", "leisure");
            pick("organisation.model", "public-service");
            pick("organisation.user-rights", "information");
            pick("organisation.user-rights", "complaint");
            pick("organisation.evaluation-of-results", "by-producers");
            click("add-body");
            type("bodies.0.id", "comite-parents");
            type("bodies.0.name", "Comité consultatif des parents du hockey mineur");
            pick("bodies.0.kind", "advisory-committee");
            pick("bodies.0.created-by", "organisation");
            pick("bodies.0.power", "advisory");
            type("bodies.0.seats.users", "3");
            type("bodies.0.seats.total", "10");
            type("bodies.0.seats.elected-officials", "0");
            type("bodies.0.seats.professionals", "7");
            pick("bodies.0.chair", "professional");
            pick("bodies.0.agenda-set-by", "professionals");
            pick("bodies.0.meetings-public", "false");
            pick("bodies.0.minutes-public", "false");
            pick("bodies.0.reports-to", "management");
            pick("bodies.0.answers-proposals", "without-reasons");
            pick("bodies.0.remit", "daily-life");
            pick("bodies.0.remit", "budgets");
            pick("bodies.0.framing", "co-producers");
            pick("bodies.0.framing", "partners");
            pick("bodies.0.representatives.selection", "coopted");
            pick("bodies.0.representatives.mandate", "free");
            pick("bodies.0.representatives.report-back", "false");
            pick("bodies.0.representatives.also-producers", "false");
            pick("bodies.0.representatives.asked-to", "coproduce");
            pick("bodies.0.representatives.training", "none");
            proposal(0, "horaire", "representatives", "Déplacer l'entraînement du mardi soir au samedi matin, à la patinoire du quartier", "rejected");
            pick("proposals.0.reasons-given", "false");
            type("proposals.0.reason", "« Impossible »");
            pick("proposals.0.escalated-to", "elected-official");
            pick("proposals.0.escalation-outcome", "adopted");
            proposal(1, "glace-libre", "users", "Réserver une heure de glace libre aux enfants le dimanche", "ignored");
            proposal(2, "casiers", "representatives", "Ajouter des casiers au vestiaire", "adopted");
            pick("channels", "elected-officials");
            pick("channels", "complaints");
            String page = waitAudited();

            JsonNode shown = JSON.readTree(page);
            JsonNode sample = JSON.readTree(ServeProcess.audit(Path.of("").toAbsolutePath(), "-f", "json", "--as-of", AS_OF,
                    "--fail-on", "never", "sample-facts/hockey-mineur.yaml"));
            assertEquals(WorkbenchAuditTest.outcome(sample), WorkbenchAuditTest.outcome(shown), page);
            assertEquals("representation-trap", browser.findElement(By.cssSelector(".body-card[data-body='comite-parents'] .verdict"))
                    .getAttribute("data-verdict"));
            assertEquals(traps(sample), shownTraps(), "the page shows each finding of the JSON report");

            Path exported = export("yaml", "profile.yaml");
            String cli = ServeProcess.audit(downloads, "-f", "json", "--as-of", AS_OF, "--fail-on", "never", "profile.yaml");
            assertEquals(page, cli, "the page's JSON report is mirage audit's on the exported profile, byte for byte");
            assertTrue(Files.readString(exported).contains("selection: coopted"));
        }
    }

    @Test
    void aCharterShowsItsSentencesWithTheirFactsAndCorrectingOneChangesTheFindingsOnThePageAndInTheExport() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--as-of", AS_OF, "sample-facts/charters/comite-consultatif-hockey-mineur.md")) {
            browser.get(serve.url.toString());
            String before = waitAudited();
            List<WebElement> marked = browser.findElements(By.cssSelector("#charter li.sentence.has-facts"));
            assertTrue(marked.size() >= 5, "sentences that gave facts are marked: " + marked.size());
            WebElement advisory = browser.findElement(By.xpath("//li[contains(@class,'sentence')][.//mark[contains(., 'rôle consultatif')]]"));
            assertEquals("advisory", advisory.findElement(By.cssSelector("li.fact[data-path='bodies.0.power'] .fact-value")).getText());
            assertFalse(browser.findElements(By.cssSelector("ul.silence li.fact[data-path='bodies.0.representatives.report-back']")).isEmpty(),
                    "a fact read from the charter's silence is listed as such");
            screenshot("serve-en.png");
            assertTrue(shownTraps().contains("coopted-representatives"), shownTraps().toString());

            WebElement selection = browser.findElement(By.cssSelector("li.fact[data-path='bodies.0.representatives.selection']"));
            selection.findElement(By.cssSelector("button.correct")).click();
            pick("bodies.0.representatives.selection", "elected-by-users");
            String after = waitAudited();
            assertFalse(shownTraps().contains("coopted-representatives"), "the corrected fact no longer gives its trap: " + shownTraps());
            assertTrue(!before.equals(after));

            WebElement advisoryOnly = browser.findElement(By.cssSelector("#audit article.finding[data-trap='advisory-only']"));
            advisoryOnly.findElement(By.cssSelector("button.waive")).click();
            advisoryOnly.findElement(By.cssSelector(".waiver-form input[type=text]")).sendKeys("The council votes on every opinion");
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = '2027-06-30'",
                    advisoryOnly.findElement(By.cssSelector(".waiver-form input[type=date]")));
            advisoryOnly.findElement(By.cssSelector("button.add-waiver")).click();
            after = waitAudited();
            assertTrue(JSON.readTree(after).get("waivers").get(0).get("status").asText().equals("active"), after);
            assertFalse(browser.findElements(By.cssSelector("#audit article.finding.waived[data-trap='advisory-only']")).isEmpty());

            Path exported = export("yaml", "comite-consultatif-hockey-mineur.yaml");
            String yaml = Files.readString(exported, StandardCharsets.UTF_8);
            assertTrue(yaml.contains("selection: elected-by-users"), yaml);
            assertTrue(yaml.contains("# corrected by the auditor; the charter read appointed-by-organisation"), yaml);
            assertTrue(yaml.contains("« Le comité a un rôle consultatif. »"), yaml);
            assertTrue(yaml.contains("reason: \"The council votes on every opinion\""), yaml);
            String cli = ServeProcess.audit(downloads, "-f", "json", "--as-of", AS_OF, "--fail-on", "never", "comite-consultatif-hockey-mineur.yaml");
            assertEquals(after, cli, "the page's JSON report is mirage audit's on the exported profile, byte for byte");

            browser.findElement(By.id("lang-fr")).click();
            waitAudited();
            assertEquals("fr", browser.findElement(By.tagName("html")).getAttribute("lang"));
            assertEquals("fr", JSON.readTree(page()).get("lang").asText());
            screenshot("serve-fr.png");
        }
    }

    @Test
    void theBrowserIsRefusedWithoutTheTokenUnderAnotherHostFromAnotherOriginAndPastTheUploadLimit() throws Exception {
        try (ServeProcess serve = ServeProcess.start("--as-of", AS_OF, "--max-input-size", "3000")) {
            browser.get("http://127.0.0.1:" + serve.port() + "/");
            assertTrue(browser.getPageSource().contains("open the link with its token"), browser.getPageSource());

            browser.get("http://rebound.test:" + serve.port() + "/?token=" + serve.token());
            assertTrue(browser.getPageSource().contains("this server answers only to 127.0.0.1:" + serve.port()), browser.getPageSource());

            // A page of another site on this machine (another port is another origin, though the same site for cookies).
            HttpServer other = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            String attack = "<!doctype html><script>fetch('http://127.0.0.1:" + serve.port()
                    + "/api/stop',{method:'POST',credentials:'include',mode:'no-cors',body:'{}'}).finally(()=>{document.title='sent'});</script>";
            other.createContext("/", x -> {
                byte[] bytes = attack.getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Type", "text/html");
                x.sendResponseHeaders(200, bytes.length);
                x.getResponseBody().write(bytes);
                x.close();
            });
            other.start();
            try {
                browser.get(serve.url.toString()); // the cookie is set: the attack would carry it
                waitAudited();
                browser.get("http://127.0.0.1:" + other.getAddress().getPort() + "/");
                new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> "sent".equals(d.getTitle()));
            } finally {
                other.stop(0);
            }
            Thread.sleep(500);
            assertTrue(serve.alive(), "a POST from another origin did not stop the server");
            HttpResponse<String> still = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + serve.port() + "/api/setup")).header("Authorization", "token " + serve.token()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, still.statusCode());

            browser.get(serve.url.toString());
            waitAudited();
            Path big = downloads.resolve("too-big.yaml");
            Files.writeString(big, "organisation: {name: V}\n# " + "x".repeat(4000) + "\n");
            browser.findElement(By.id("upload")).sendKeys(big.toString());
            WebElement message = new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("message")).getText().contains("limit") ? d.findElement(By.id("message")) : null);
            assertTrue(message.getText().contains("more than the limit of 3000 bytes"), message.getText());
        }
    }

    // ---- the auditor's gestures -------------------------------------------------------------

    static String idOf(String path) {
        return "q-" + path.replaceAll("[^A-Za-z0-9-]", "-");
    }

    void type(String path, String text) {
        WebElement input = browser.findElement(By.id(idOf(path)));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    void pick(String path, String value) {
        WebElement option = browser.findElement(By.id(idOf(path) + "--" + value));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block:'center'})", option);
        option.click();
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
        waitAudited();
    }

    void proposal(int index, String id, String by, String summary, String outcome) {
        click("add-proposals");
        type("proposals." + index + ".id", id);
        pick("proposals." + index + ".by", by);
        type("proposals." + index + ".summary", summary);
        pick("proposals." + index + ".outcome", outcome);
    }

    /** Waits until the last answer is audited; the JSON report the page shows. */
    String waitAudited() {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "const s = window.mirage && window.mirage.state; return !!s && !!s.result && s.done === s.seq && document.body.dataset.busy === 'false';")));
        return page();
    }

    String page() {
        return (String) ((JavascriptExecutor) browser).executeScript("return window.mirage.state.result.report;");
    }

    List<String> shownTraps() {
        List<String> traps = new ArrayList<>();
        browser.findElements(By.cssSelector("#audit article.finding")).forEach(e -> traps.add(e.getAttribute("data-trap")));
        traps.sort(null);
        return traps;
    }

    static List<String> traps(JsonNode report) {
        List<String> traps = new ArrayList<>();
        report.get("findings").forEach(f -> traps.add(f.get("trap").asText()));
        traps.sort(null);
        return traps;
    }

    Path export(String format, String name) throws Exception {
        Path file = downloads.resolve(name);
        Files.deleteIfExists(file);
        browser.findElement(By.cssSelector("#export-format option[value='" + format + "']")).click();
        browser.findElement(By.id("export")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> Files.isRegularFile(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    void screenshot(String name) throws IOException {
        Files.createDirectories(SHOTS);
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SHOTS.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path find(String... names) {
        Map<String, String> env = new HashMap<>(System.getenv());
        for (String dir : env.getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
            for (String name : names) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
