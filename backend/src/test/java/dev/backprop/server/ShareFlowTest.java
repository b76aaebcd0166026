package dev.backprop.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.backprop.server.snapshot.SnapshotStore;
import io.javalin.Javalin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The share flow in real Chromium against the real server and the real page (the web module's assets, the
 * server's CSP): run, Share, open the link in a fresh browser context, restart the server on the same data
 * directory, open it again, the embed view, the preview image.
 */
class ShareFlowTest {

    static Playwright playwright;
    static Browser browser;

    @TempDir
    Path dataDir;

    SnapshotStore store;
    Javalin app;
    int port;
    final List<String> problems = new ArrayList<>();
    final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void launch() {
        System.setProperty("java.awt.headless", "true");
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void quit() {
        browser.close();
        playwright.close();
    }

    void startServer(int onPort) {
        store = SnapshotStore.open(null, dataDir);
        app = App.create(Config.sqlite(dataDir), store, Assets.load("public"), RateLimiter.perMinute(30)).start(onPort);
        port = app.port();
    }

    void stopServer() {
        app.stop();
        store.close();
        app = null;
    }

    @AfterEach
    void tearDown() {
        for (BrowserContext c : contexts) c.close();
        if (app != null) stopServer();
    }

    /** A page in a fresh context (no cache, no storage) that records console errors and CSP violations. */
    Page freshPage() {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 900));
        contexts.add(ctx);
        Page page = ctx.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) problems.add(m.text());
        });
        page.onPageError(problems::add);
        return page;
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    /** What the user sees: the program, the layout direction and every record's label, data and grad. */
    static String seen(Page page) {
        page.waitForSelector(".node.value");
        StringBuilder b = new StringBuilder();
        b.append("program=").append(page.locator("#code").inputValue()).append('\n');
        b.append("dir=").append(page.locator("#dir").textContent()).append('\n');
        List<String> records = new ArrayList<>();
        var nodes = page.locator(".node.value");
        for (int i = 0; i < nodes.count(); i++) {
            var n = nodes.nth(i);
            records.add(n.locator("text.lbl").textContent() + " | " + n.locator("text.dv").textContent() + " | "
                    + n.locator("text.gv").textContent());
        }
        records.sort(null);
        b.append(String.join("\n", records));
        return b.toString();
    }

    @Test
    void aSharedLinkRestoresTheSameProgramAndGraphAcrossARestart() throws Exception {
        startServer(0);
        Page page = freshPage();
        page.navigate(url("/"));
        page.waitForSelector(".node.value");
        page.locator("#dir").click();      // top-down
        page.locator("#backward").click(); // grads filled in
        String before = seen(page);
        assertTrue(before.contains("dir=TB"), before);
        assertTrue(before.contains("grad 1.0000"), "backward ran: " + before);

        page.locator("#share").click();
        page.waitForSelector("#dialog:not([hidden])");
        String link = page.locator("#dialog-text").inputValue();
        assertTrue(link.matches("http://localhost:" + port + "/s/[A-Za-z0-9_-]{12}"), link);
        String id = link.substring(link.lastIndexOf('/') + 1);

        Page other = freshPage();
        other.navigate(link);
        assertEquals(before, seen(other), "the link restores program, direction and grads");

        // stop and start again on the same data directory: the link still works
        stopServer();
        startServer(port);
        Page afterRestart = freshPage();
        afterRestart.navigate(link);
        assertEquals(before, seen(afterRestart));

        // the embed view: same graph, read-only, a way out to the full playground
        Page embed = freshPage();
        embed.navigate(url("/e/" + id));
        assertEquals(before, seen(embed));
        assertEquals("/s/" + id, embed.locator("#open-full").getAttribute("href"));
        assertTrue(embed.locator("#open-full").isVisible());
        Path shots = Paths.get("target/screenshots");
        Files.createDirectories(shots);
        embed.screenshot(new Page.ScreenshotOptions().setPath(shots.resolve("embed.png")));

        // the preview image crawlers get from the share page's og:image
        String ogImage = other.locator("meta[property='og:image']").getAttribute("content");
        assertEquals(url("/s/" + id + ".png"), ogImage);
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(ogImage)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("image/png", png.headers().firstValue("Content-Type").orElse(""));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png.body()));
        assertNotNull(img);
        assertTrue(img.getWidth() > 200 && img.getHeight() > 100, img.getWidth() + "x" + img.getHeight());
        Files.write(shots.resolve("preview.png"), png.body());

        assertEquals(List.of(), problems, "console errors or CSP violations");
    }

    /**
     * A program too long for the page's thread runs in the Web Worker through the real server: the hashed
     * worker.js loads the hashed app.js under the strict CSP, and share and embed pages run it the same way.
     */
    @Test
    void aLongProgramRunsInAWebWorkerThroughTheServer() throws Exception {
        startServer(0);
        Page page = freshPage();
        List<String> workers = new ArrayList<>();
        page.onWorker(w -> workers.add(w.url()));
        page.navigate(url("/"));
        page.waitForSelector(".node.value");
        page.locator("#code").fill("n = 0\nfor i in range(1500000):\n    n += i % 3\n"
                + "a = Value(2.0, label='a')\nb = Value(-3.0, label='b')\nL = a * b + a; L.label = 'L'\nprint('n', n)\n");
        page.locator("#run").click();
        assertTrue(page.locator("#stop").isVisible(), "running in the worker");
        page.waitForFunction("() => document.getElementById('output').textContent.includes('n 1500000')");
        page.locator("#backward").click();
        String before = seen(page);
        assertTrue(before.contains("L | data -4.0000 | grad 1.0000"), before);
        assertEquals(1, workers.size(), workers.toString());
        assertTrue(workers.get(0).matches("http://localhost:" + port + "/worker\\.[0-9a-f]{12}\\.js\\?app=%2Fapp\\.[0-9a-f]{12}\\.js"),
                workers.get(0));
        HttpResponse<String> script = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(workers.get(0))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, script.statusCode());
        assertEquals("public, max-age=31536000, immutable", script.headers().firstValue("Cache-Control").orElse(""));
        assertTrue(script.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(script.body().contains("importScripts"), script.body());

        page.locator("#share").click();
        page.waitForSelector("#dialog:not([hidden])");
        String link = page.locator("#dialog-text").inputValue();
        Page shared = freshPage();
        shared.navigate(link);
        assertEquals(before, seen(shared), "the share page ran the program in its worker and restored the view");
        Page embed = freshPage();
        embed.navigate(link.replace("/s/", "/e/"));
        assertEquals(before, seen(embed));
        assertEquals(List.of(), problems, "console errors or CSP violations");
    }
}
