package dev.backprop.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the page's browser tests share: one Chromium and one page server (strict CSP) per test class, a fresh
 * page per test that records console errors, page errors and alerts, and none of them allowed at the end.
 */
abstract class PageFixture {
    static Playwright playwright;
    static Browser browser;
    static PageServer server;
    Page page;
    final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        server = new PageServer(Paths.get("target/classes/public").toAbsolutePath());
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
        server.close();
    }

    /** A fresh page of 1400 x {@code height} (not yet navigated) that records every problem. */
    void newPage(int height) {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, height));
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) {
                problems.add(m.text());
            }
        });
        page.onPageError(e -> problems.add(e));
        page.onDialog(d -> {
            problems.add("dialog: " + d.message());
            d.dismiss();
        });
    }

    @AfterEach
    void close() {
        page.close();
        assertEquals(List.of(), problems, "console errors, CSP violations or alerts");
    }
}
