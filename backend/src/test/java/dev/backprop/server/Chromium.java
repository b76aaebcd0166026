package dev.backprop.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Headless Chromium for the browser tests: Debian's /usr/bin/chromium when the machine has it (no browser
 * download is reachable here), otherwise the one Playwright fetches itself.
 */
final class Chromium {
    private static final Path SYSTEM = Paths.get("/usr/bin/chromium");
    // without the background-networking flags Chromium keeps dialling out on this closed network
    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    private Chromium() {
    }

    static Playwright playwright() {
        return Files.isExecutable(SYSTEM)
                ? Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))
                : Playwright.create();
    }

    static Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setArgs(ARGS);
        if (Files.isExecutable(SYSTEM)) {
            options.setExecutablePath(SYSTEM);
        }
        return playwright.chromium().launch(options);
    }
}
