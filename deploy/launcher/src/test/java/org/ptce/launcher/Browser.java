package org.ptce.launcher;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Debian Chromium for the web application's tests, used as a person would: by keyboard first, in French.
 * Every page it lands on is checked with axe-core (WCAG 2.1 A and AA) and photographed under
 * {@code target/screenshots/<testName>/}, so a reviewer can look at what the test saw. Serious and critical
 * violations are collected rather than thrown at once, so one run lists every page's problems; {@link #close()} (or
 * an earlier {@link #assertAccessible()}) fails the test with the list.
 *
 * <p>Install the browser with {@code deploy/browser-setup.sh} (the launcher's build runs it before its integration
 * tests).
 */
final class Browser implements AutoCloseable {

    // Debian's packages, named explicitly: left to find a browser itself, Selenium Manager would try to download one,
    // and this project's machines reach no such site.
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /** Long enough for a page backed by several services on 2 cores, short enough that a wrong wait fails fast. */
    static final Duration WAIT = Duration.ofSeconds(5);

    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");

    /** One serious or critical axe-core finding, with what a reader needs to find the element again. */
    record Violation(String page, String url, String rule, String impact, String help, String helpUrl,
            List<String> targets) {

        @Override
        public String toString() {
            return "[" + page + "] " + url + "\n    " + rule + " (" + impact + "): " + help + " — " + helpUrl
                    + targets.stream().map(target -> "\n      at " + target).collect(Collectors.joining());
        }
    }

    private final Path screenshots;
    private final Path downloads;
    private final Path scratch;
    private final ChromeDriverService service;
    private final ChromeDriver driver;
    private final List<Violation> violations = new ArrayList<>();
    private final Set<Path> downloadsSeen = new HashSet<>();
    private int pagesSeen;

    Browser(String testName) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium is not installed (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): run deploy/browser-setup.sh");
        }
        String folder = fileName(testName);
        Path target = Path.of("target").toAbsolutePath();
        this.screenshots = target.resolve("screenshots").resolve(folder);
        this.downloads = target.resolve("downloads").resolve(folder);
        Path logs = target.resolve("browser").resolve(folder);
        try {
            // Emptied first: an earlier run's files would mix with this one's screenshots, and answer awaitDownload
            // with a stale file (Chromium names the new one "name (1).csv").
            deleteRecursively(screenshots);
            deleteRecursively(downloads);
            Files.createDirectories(screenshots);
            Files.createDirectories(downloads);
            Files.createDirectories(logs);
            this.scratch = Files.createTempDirectory(Path.of("/tmp"), "ptce-browser-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        // An executable given to the service builder is what keeps Selenium from calling Selenium Manager.
        this.service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withLogFile(logs.resolve("chromedriver.log").toFile())
                // Chromium leaves a folder with its singleton socket behind in TMPDIR at every quit: give it one of
                // ours, removed by close(). Not under target/: a Unix socket's path must fit in 108 bytes, and
                // Chromium dies at start when it does not.
                .withEnvironment(Map.of("TMPDIR", scratch.toString()))
                .build();

        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=fr-FR");
        // Headless Chromium 156 obeys the download preferences without CDP's Browser.setDownloadBehavior;
        // BrowserHarnessIT notices if a later one stops doing so.
        options.setExperimentalOption("prefs", Map.of(
                "intl.accept_languages", "fr-FR",
                "download.default_directory", downloads.toString(),
                "download.prompt_for_download", false,
                "download.directory_upgrade", true));
        try {
            this.driver = new ChromeDriver(service, options);
        } catch (RuntimeException e) {
            service.stop();
            deleteScratch();
            throw e;
        }
    }

    WebDriver driver() {
        return driver;
    }

    /** Goes to {@code url} and checks the page it lands on, named after the URL's path. */
    void open(String url) {
        open(url, pageNameOf(url));
    }

    /** Goes to {@code url} and checks the page it lands on under {@code pageName}. */
    void open(String url, String pageName) {
        driver.get(url);
        pageChanged(pageName);
    }

    /**
     * Checks the page now shown: runs axe-core on it, keeps its serious and critical violations, and saves a
     * screenshot {@code NN-pageName.png}. Call it after every step that shows a new page or changes one in place.
     */
    void pageChanged(String pageName) {
        pagesSeen++;
        String url = driver.getCurrentUrl();
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not check " + pageName + " (" + url + "): "
                    + results.getErrorMessage());
        }
        for (Rule rule : results.getViolations()) {
            if (BLOCKING_IMPACTS.contains(rule.getImpact())) {
                violations.add(new Violation(pageName, url, rule.getId(), rule.getImpact(), rule.getHelp(),
                        rule.getHelpUrl(), rule.getNodes().stream().map(Browser::describe).toList()));
            }
        }
        screenshot(String.format("%02d-%s", pagesSeen, fileName(pageName)));
    }

    /** Saves the whole page, below the fold included, as {@code target/screenshots/<testName>/<name>.png}. */
    Path screenshot(String name) {
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png", "captureBeyondViewport", true));
        Path file = screenshots.resolve(fileName(name) + ".png");
        try {
            Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Hands over the violations found so far and forgets them, for a test that expects some; any other test leaves
     * them to {@link #assertAccessible()}.
     */
    List<Violation> takeViolations() {
        var taken = List.copyOf(violations);
        violations.clear();
        return taken;
    }

    /** Fails with every serious or critical violation found on the pages checked so far. */
    void assertAccessible() {
        if (!violations.isEmpty()) {
            throw new AssertionError(violations.size() + " serious or critical accessibility violation(s) (axe-core, "
                    + "WCAG 2.1 AA) on the pages seen; screenshots in " + screenshots + ":\n"
                    + violations.stream().map(Violation::toString).collect(Collectors.joining("\n")));
        }
    }

    /** Types {@code text} into the element as a person would, after what is already there. */
    WebElement type(By by, CharSequence text) {
        WebElement element = waitFor(by);
        element.sendKeys(text);
        return element;
    }

    /** Presses Enter on the element (a link, a button, a field of a form), which also gives it the focus. */
    void pressEnterOn(By by) {
        waitFor(by).sendKeys(Keys.ENTER);
    }

    /** Presses Tab on whatever has the focus, and answers what has it next. */
    WebElement tab() {
        new Actions(driver).sendKeys(Keys.TAB).perform();
        return focused();
    }

    /** Presses Shift+Tab, and answers what has the focus next. */
    WebElement shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        return focused();
    }

    /** The element that has the keyboard's focus. */
    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    /** Waits (at most {@link #WAIT}) until the element is visible. */
    WebElement waitFor(By by) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits (at most {@link #WAIT}) until the condition answers something other than null or false. */
    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(driver, WAIT).until(browser -> {
            try {
                return condition.apply(browser);
            } catch (WebDriverException navigating) {
                // Chromium answers this, rather than a stale element, when the page is replaced while being read.
                if (navigating.getMessage() != null
                        && navigating.getMessage().contains("does not belong to the document")) {
                    return null;
                }
                throw navigating;
            }
        });
    }

    /** The visible text of the element, once it is visible. */
    String text(By by) {
        return waitFor(by).getText();
    }

    /** The downloads folder Chromium saves into: {@code target/downloads/<testName>}. */
    Path downloads() {
        return downloads;
    }

    /**
     * Waits (at most {@code timeout}) for a completed download whose name ends with {@code fileNameSuffix} and that
     * no earlier call answered, and answers it. Chromium writes {@code *.crdownload} and renames it when complete,
     * so a file with the final name is whole.
     */
    Path awaitDownload(String fileNameSuffix, Duration timeout) {
        Path found = await("a download ending with " + fileNameSuffix + " in " + downloads)
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(100))
                .until(() -> newDownload(fileNameSuffix), Optional::isPresent)
                .orElseThrow();
        downloadsSeen.add(found);
        return found;
    }

    private Optional<Path> newDownload(String fileNameSuffix) throws IOException {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().endsWith(fileNameSuffix))
                    .filter(file -> !downloadsSeen.contains(file))
                    .findFirst();
        }
    }

    /**
     * Cuts the browser off the network (every request fails as if the connection dropped, the loopback's too) or
     * gives it back, to see what a person sees when the Wi-Fi drops while typing. While offline, {@link #open} and
     * {@code driver().get} throw ({@code net::ERR_INTERNET_DISCONNECTED}): what is worth testing then is the page
     * already shown.
     */
    void offline(boolean offline) {
        if (offline) {
            driver.setNetworkConditions(new ChromiumNetworkConditions().setOffline(true));
        } else {
            driver.deleteNetworkConditions();
        }
    }

    /** Fails with the accessibility violations found, after closing the browser. */
    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteScratch();
        }
        assertAccessible();
    }

    private void deleteScratch() {
        try {
            deleteRecursively(scratch);
        } catch (IOException e) {
            // Left in /tmp: a few bytes, not worth failing a test for.
        }
    }

    private static void deleteRecursively(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static String describe(CheckedNode node) {
        Object target = node.getTarget();
        String where = target instanceof List<?> selectors
                ? selectors.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
                : String.valueOf(target);
        return where + "  " + abbreviate(node.getHtml());
    }

    private static String abbreviate(String html) {
        String oneLine = html == null ? "" : html.replaceAll("\\s+", " ");
        return oneLine.length() <= 160 ? oneLine : oneLine.substring(0, 157) + "...";
    }

    private static String pageNameOf(String url) {
        String path = URI.create(url).getPath();
        return path == null || path.isBlank() || path.equals("/") ? "accueil" : path;
    }

    private static String fileName(String name) {
        String safe = name.replaceAll("[^\\p{L}\\p{N}_.-]+", "-").replaceAll("^-+|-+$", "");
        return safe.isEmpty() ? "page" : safe;
    }
}
