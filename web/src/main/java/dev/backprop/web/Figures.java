package dev.backprop.web;

import dev.backprop.lang.Run;
import java.util.List;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The output pane's plots: the printed text with each matplotlib figure (SVG made by the engine's pyplot, whose
 * user-given text is escaped and colors restricted) placed where the program showed it.
 */
final class Figures {
    private Figures() {
    }

    /** Appends {@code text} to {@code pane}, with the figures inserted at their offsets into the text. */
    static void render(HTMLDocument doc, HTMLElement pane, String text, List<Run.Figure> figures) {
        int from = 0;
        for (Run.Figure f : figures) {
            int at = Math.max(from, Math.min(f.at(), text.length()));
            if (at > from) {
                pane.appendChild(doc.createTextNode(text.substring(from, at)));
            }
            HTMLElement fig = doc.createElement("div");
            fig.setClassName("figure");
            fig.setInnerHTML(f.svg());
            pane.appendChild(fig);
            from = at;
        }
        if (from < text.length() || figures.isEmpty()) {
            pane.appendChild(doc.createTextNode(text.substring(from)));
        }
    }
}
