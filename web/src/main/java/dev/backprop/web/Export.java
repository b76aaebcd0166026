package dev.backprop.web;

import static dev.backprop.web.Dom.n;

import dev.backprop.layout.Layout;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.canvas.CanvasRenderingContext2D;
import org.teavm.jso.dom.html.HTMLCanvasElement;
import org.teavm.jso.dom.html.HTMLImageElement;
import org.teavm.jso.dom.xml.Element;

/** The drawn graph as a file: SVG (a copy of the live drawing) or PNG (that SVG at twice its size). */
final class Export {
    private Export() {
    }

    // the page's graph styles for a file that stands alone: no highlights, no page variables
    private static final String FILE_CSS = "svg{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
            + ".arrowhead{fill:#6b7280}.edge{fill:none;stroke:#9ca3af;stroke-width:1.3}.box{fill:#fff;stroke:#374151}"
            + ".div{stroke:#374151}text{dominant-baseline:central;text-anchor:middle;fill:#1f2937}"
            + ".lbl{font-weight:600;fill:#111827}.op ellipse{fill:#eef2ff;stroke:#6366f1}"
            + ".op text{fill:#3730a3;font-weight:600}.group rect{fill:#fef3c7;stroke:#d97706;stroke-dasharray:4 3}"
            + ".group text{fill:#78350f}.stale .gv{opacity:.45}";

    static void svg(Layout layout) {
        download("graph.svg", "data:image/svg+xml;charset=utf-8," + Window.encodeURIComponent(svgFile(layout)));
    }

    static void png(Layout layout) {
        HTMLImageElement img = Dom.doc.createElement("img").cast();
        img.addEventListener("load", e -> {
            double ratio = 2;
            HTMLCanvasElement canvas = Dom.doc.createElement("canvas").cast();
            canvas.setWidth((int) Math.ceil(img.getNaturalWidth() * ratio));
            canvas.setHeight((int) Math.ceil(img.getNaturalHeight() * ratio));
            CanvasRenderingContext2D ctx = canvas.getContext("2d").cast();
            ctx.scale(ratio, ratio);
            ctx.drawImage(img, 0, 0);
            download("graph.png", canvas.toDataURL("image/png"));
        });
        img.setSrc("data:image/svg+xml;charset=utf-8," + Window.encodeURIComponent(svgFile(layout)));
    }

    /**
     * The drawn graph as an SVG file: a copy of the live drawing (so it shows what the page shows, step and
     * nudges included) at the layout's size instead of the view's pan and zoom, on white, with its styles.
     */
    private static String svgFile(Layout layout) {
        Element svg = Dom.el("graph").cloneNode(true).cast();
        svg.removeAttribute("id");
        svg.removeAttribute("class");
        double w = layout.width() + 32;
        double h = layout.height() + 32;
        svg.setAttribute("width", n(w));
        svg.setAttribute("height", n(h));
        svg.setAttribute("viewBox", "0 0 " + n(w) + " " + n(h));
        Element g = svg.querySelector("#viewport");
        g.removeAttribute("id");
        g.setAttribute("transform", "translate(16,16)");
        Element bg = Dom.svg("rect");
        bg.setAttribute("width", "100%");
        bg.setAttribute("height", "100%");
        bg.setAttribute("fill", "#fff");
        svg.insertBefore(bg, g);
        Element style = Dom.svg("style");
        style.setTextContent(FILE_CSS);
        svg.insertBefore(style, svg.getFirstChild());
        return serialize(svg);
    }

    @JSBody(params = "node", script = "return new XMLSerializer().serializeToString(node);")
    private static native String serialize(Element node);

    @JSBody(params = {"name", "href"}, script = "var a = document.createElement('a'); a.href = href; a.download = name; a.click();")
    private static native void download(String name, String href);
}
