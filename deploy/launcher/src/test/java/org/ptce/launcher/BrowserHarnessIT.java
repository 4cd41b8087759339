package org.ptce.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The browser harness itself, against pages served here on the loopback: the browser tests of the web application
 * trust it to report what axe-core finds, to keep screenshots and downloads, and to cut the network when asked.
 */
class BrowserHarnessIT {

    private static final String CLEAN_PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Page sans défaut</title></head>
            <body>
              <main>
                <h1>Déposer une candidature</h1>
                <form>
                  <label for="nom">Nom du PTCE</label>
                  <input id="nom" name="nom" type="text">
                </form>
                <p><a id="export" href="/export">Télécharger les candidatures (CSV)</a></p>
              </main>
            </body>
            </html>
            """;

    // Two violations axe-core calls critical: an image without a text alternative, a field without a label.
    private static final String BROKEN_PAGE = """
            <!doctype html>
            <html lang="fr">
            <head><meta charset="utf-8"><title>Page à défauts</title></head>
            <body>
              <main>
                <h1>Résultats</h1>
                <img id="logo" src="/logo.png">
                <input id="sans-etiquette" type="text">
              </main>
            </body>
            </html>
            """;

    private static final String CSV = "ptce;departement\nPTCE Sud Aquitaine;64\n";

    private static HttpServer server;
    private static String base;
    private static final AtomicInteger pings = new AtomicInteger();

    @BeforeAll
    static void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/clean", exchange -> send(exchange, "text/html; charset=utf-8", CLEAN_PAGE, null));
        server.createContext("/broken", exchange -> send(exchange, "text/html; charset=utf-8", BROKEN_PAGE, null));
        server.createContext("/export", exchange -> send(exchange, "text/csv; charset=utf-8", CSV,
                "attachment; filename=\"candidatures.csv\""));
        server.createContext("/ping", exchange -> {
            pings.incrementAndGet();
            send(exchange, "text/plain; charset=utf-8", "pong", null);
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void reportsEachSeriousViolationWithItsPageRuleAndElement() {
        try (var browser = new Browser("BrowserHarnessIT-violations")) {
            browser.open(base + "/broken", "resultats");

            assertThatThrownBy(browser::assertAccessible)
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("[resultats] " + base + "/broken")
                    .hasMessageContaining("image-alt (critical)")
                    .hasMessageContaining("#logo")
                    .hasMessageContaining("label (critical)")
                    .hasMessageContaining("#sans-etiquette");
            assertThat(browser.takeViolations())
                    .extracting(Browser.Violation::rule)
                    .containsExactlyInAnyOrder("image-alt", "label");
        }
    }

    @Test
    void passesACleanPageAndKeepsAScreenshotOfEachPage() throws IOException {
        try (var browser = new Browser("BrowserHarnessIT-clean")) {
            browser.open(base + "/clean");
            browser.open(base + "/clean", "deuxième visite");

            browser.assertAccessible();
            assertThat(browser.driver().getTitle()).isEqualTo("Page sans défaut");
            Path folder = Path.of("target/screenshots/BrowserHarnessIT-clean");
            for (Path shot : new Path[] {folder.resolve("01-clean.png"), folder.resolve("02-deuxième-visite.png")}) {
                byte[] png = Files.readAllBytes(shot);
                assertThat(png).startsWith(0x89, 'P', 'N', 'G');
            }
        }
    }

    @Test
    void movesByKeyboardAndTypesWhereTheFocusIs() {
        try (var browser = new Browser("BrowserHarnessIT-keyboard")) {
            browser.open(base + "/clean");

            assertThat(browser.tab().getAttribute("id")).isEqualTo("nom");
            browser.type(By.id("nom"), "PTCE Sud Aquitaine");
            assertThat(browser.focused().getDomProperty("value")).isEqualTo("PTCE Sud Aquitaine");
            assertThat(browser.tab().getAttribute("id")).isEqualTo("export");
            assertThat(browser.text(By.tagName("h1"))).isEqualTo("Déposer une candidature");
        }
    }

    @Test
    void picksUpADownloadedFile() throws IOException {
        try (var browser = new Browser("BrowserHarnessIT-download")) {
            browser.open(base + "/clean");

            browser.pressEnterOn(By.id("export"));

            Path csv = browser.awaitDownload(".csv", Duration.ofSeconds(10));
            assertThat(csv.getFileName()).hasToString("candidatures.csv");
            assertThat(csv).startsWith(browser.downloads());
            assertThat(Files.readString(csv, StandardCharsets.UTF_8)).isEqualTo(CSV);
        }
    }

    @Test
    void dropsTheNetworkAndGivesItBack() {
        try (var browser = new Browser("BrowserHarnessIT-offline")) {
            browser.open(base + "/clean");
            assertThat(fetchPing(browser)).isEqualTo("pong");
            int answered = pings.get();

            browser.offline(true);
            assertThat(fetchPing(browser)).startsWith("failed");
            assertThat(pings.get()).as("requests that reached the server while offline").isEqualTo(answered);

            browser.offline(false);
            assertThat(fetchPing(browser)).isEqualTo("pong");
        }
    }

    private static String fetchPing(Browser browser) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/ping', {cache: 'no-store'})
                    .then(response => response.text())
                    .then(done, error => done('failed: ' + error));
                """);
    }

    private static void send(HttpExchange exchange, String type, String body, String disposition)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (disposition != null) {
            exchange.getResponseHeaders().set("Content-Disposition", disposition);
        }
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
