package dev.backprop.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlTest {

    @Test
    void escapesEverythingThatCouldLeaveTextOrAnAttribute() {
        assertEquals("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;s&#39;",
                Html.escape("<img src=x onerror=alert(1)> & \"q\" 's'"));
    }

    @Test
    void insertsBeforeTheHeadEnds() {
        assertEquals("<html><head><title>t</title><meta x></head><body></body></html>",
                Html.insertIntoHead("<html><head><title>t</title></head><body></body></html>", "<meta x>"));
        assertEquals("<meta x><p>no head</p>", Html.insertIntoHead("<p>no head</p>", "<meta x>"));
        assertEquals("<meta property=\"og:title\" content=\"a &lt;b&gt; &quot;c&quot;\">\n",
                Html.meta("property", "og:title", "a <b> \"c\""));
    }
}
