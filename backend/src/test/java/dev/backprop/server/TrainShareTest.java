package dev.backprop.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import dev.backprop.layout.Layered;
import dev.backprop.layout.ViewState;
import dev.backprop.server.snapshot.SnapshotStore;
import dev.backprop.train.TrainConfig;
import dev.backprop.train.TrainState;
import dev.backprop.train.Training;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trained network shared through the real server (SQLite) comes back with exactly the same weights. */
class TrainShareTest {

    @TempDir
    Path dataDir;

    SnapshotStore store;
    Javalin app;

    @BeforeEach
    void start() {
        store = SnapshotStore.open(null, dataDir);
        app = App.create(Config.sqlite(dataDir), store, Assets.load("public"), RateLimiter.perMinute(30)).start(0);
    }

    @AfterEach
    void stop() {
        app.stop();
        store.close();
    }

    String url(String path) {
        return "http://localhost:" + app.port() + path;
    }

    @Test
    void hostileTrainStatesAreAClear400() throws Exception {
        Training t = Training.micrograd();
        t.steps(2);
        String view = new ViewState("x = 1\n", Layered.Direction.LR, 0, List.of(), List.of(), -1, List.of()).toJson();
        String json = view.replace("\"train\":null", "\"train\":" + t.state().toJson());
        HttpClient http = HttpClient.newHttpClient();
        for (String[] c : new String[][] {
                {"\"step\":2", "\"step\":-1", "train.step: expected a whole number from 0 to 500000, got -1"},
                {"\"step\":2", "\"step\":2e9", "train.step: expected a whole number from 0 to 500000, got 2000000000"},
                {"\"hidden\":[16,16]", "\"hidden\":[16,16,16,16,16,16,16,16,16]", "train.config.hidden: at most 6 hidden layers, got 9"}}) {
            String bad = json.replace(c[0], c[1]);
            HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("/api/snapshots")))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(bad)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, post.statusCode(), post.body());
            assertTrue(post.body().contains(c[2]), post.body());
        }
    }

    @Test
    void trainStateSurvivesTheServersCanonicalJson() throws Exception {
        Training t = new Training(TrainConfig.micrograd().withOptimizer(TrainConfig.Optimizer.ADAM, 0.01, true, 50)
                .withData(80, 0.15, 0.2, 5).withL2(3e-5));
        t.addPoint(1.234, -0.5, -1);
        t.steps(30);
        String view = new ViewState("x = 1\n", Layered.Direction.LR, 0, List.of(), List.of(), -1, List.of()).toJson();
        String json = view.replace("\"train\":null", "\"train\":" + t.state().toJson());
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(url("/api/snapshots")))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, post.statusCode(), post.body());
        String id = post.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url("/api/snapshots/" + id))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, get.statusCode());
        TrainState s = TrainState.fromSnapshot(get.body());
        assertArrayEquals(t.weights(), s.weights(), "exact weights after the server's canonical JSON");
        Training back = Training.of(s);
        assertEquals(t.config(), back.config());
        t.steps(5);
        back.steps(5);
        assertArrayEquals(t.weights(), back.weights(), "and training continues bit for bit (Adam's moments)");
    }

    @Test
    void sharedTrainViewReopensWithTheSameWeightsInTheBrowser() {
        List<String> problems = new ArrayList<>();
        try (Playwright pw = Chromium.playwright();
             Browser browser = Chromium.launch(pw)) {
            BrowserContext a = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
            Page page = a.newPage();
            page.onPageError(problems::add);
            page.navigate(url("/"));
            page.click("#view-train");
            page.waitForSelector("#tr-net canvas");
            for (int i = 0; i < 7; i++) {
                page.click("#tr-step");
            }
            String weights = page.getAttribute("#tr-net", "data-weights");
            page.click("#share");
            page.waitForSelector("#dialog:not([hidden])");
            String link = page.inputValue("#dialog-text");
            BrowserContext b = browser.newContext(new Browser.NewContextOptions().setViewportSize(1400, 1000));
            Page other = b.newPage();
            other.onPageError(problems::add);
            other.navigate(link);
            other.waitForSelector("#train:not([hidden]) #tr-net canvas");
            other.waitForFunction("() => document.getElementById('tr-count').textContent === '7'");
            assertEquals(weights, other.getAttribute("#tr-net", "data-weights"));
            a.close();
            b.close();
        }
        assertEquals(List.of(), problems);
    }
}
