package dev.backprop.server;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AssetsTest {

    static Map<String, byte[]> files(String... pathsAndContents) {
        Map<String, byte[]> m = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) m.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        return m;
    }

    @Test
    void indexReferencesAreRewrittenToHashedAbsoluteUrls() {
        Assets a = Assets.of(files(
                "index.html", "<link href=\"style.css\"><script src='/app.js'></script><script src=\"/boot.js\"></script><p>app.js</p>",
                "app.js", "console.log(1)", "boot.js", "1", "style.css", "p{}"));
        String app = a.hashedUrl("app.js");
        assertTrue(app.matches("/app\\.[0-9a-f]{12}\\.js"), app);
        assertEquals("/app." + Assets.hash("console.log(1)".getBytes(StandardCharsets.UTF_8)).substring(0, 12) + ".js", app);
        assertEquals("<link href=\"" + a.hashedUrl("style.css") + "\"><script src='" + app + "'></script><script src=\""
                + a.hashedUrl("boot.js") + "\"></script><p>app.js</p>", a.indexHtml(), "text that is not a reference stays");
        assertTrue(a.routes().containsAll(java.util.List.of("/app.js", app, "/style.css", a.hashedUrl("style.css"))));
    }

    @Test
    void hashFollowsContent() {
        String one = Assets.of(files("index.html", "", "app.js", "a")).hashedUrl("app.js");
        String two = Assets.of(files("index.html", "", "app.js", "b")).hashedUrl("app.js");
        assertNotEquals(one, two);
        assertEquals(one, Assets.of(files("index.html", "x", "app.js", "a")).hashedUrl("app.js"));
        assertTrue(Assets.of(files("index.html", "", "img/dot.svg", "<svg/>")).hashedUrl("img/dot.svg").matches("/img/dot\\.[0-9a-f]{12}\\.svg"));
    }

    @Test
    void missingPageFailsNamingTheFolder() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Assets.load("no-such-folder"));
        assertTrue(e.getMessage().startsWith("classpath:no-such-folder/index.html not found"), e.getMessage());
    }

    @Test
    void contentTypes() {
        assertEquals("text/javascript; charset=utf-8", Assets.contentType("app.js"));
        assertEquals("text/css; charset=utf-8", Assets.contentType("style.css"));
        assertEquals("image/svg+xml", Assets.contentType("x.svg"));
        assertEquals("text/x-python; charset=utf-8", Assets.contentType("py/numpy.py"));
        assertEquals("application/octet-stream", Assets.contentType("x.bin"));
    }
}
