package dev.backprop.web;

import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.html.HTMLElement;

/**
 * The entry point of app.js: the playground page ({@link Page}, with the Train view) or, in a Web Worker,
 * the runner of long programs ({@link Worker}). Everything that can be tested on the JVM (layout, replay,
 * explanations, snapshot JSON) lives in the engine.
 */
public final class Main {
    private static Page page; // the Train view's way to the graph page (see showProgram)

    private Main() {
    }

    /** The page: {@code main([])} (boot.js); the Web Worker that runs long programs: {@code main(['worker'])} (worker.js). */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("worker")) {
            Worker.start();
            return;
        }
        String path = Location.current().getPathName();
        boolean shared = path.startsWith("/s/") || path.startsWith("/e/");
        boolean embed = path.startsWith("/e/");
        page = new Page(embed);
        TrainView.init();
        if (shared) {
            String id = path.substring(3);
            if (embed) {
                Dom.doc.getBody().getClassList().add("embed");
                HTMLElement open = Dom.el("open-full");
                open.setAttribute("href", "/s/" + id);
                open.setHidden(false);
            }
            page.share.load(id);
            return;
        }
        if (Window.current().getInnerWidth() < 700) {
            page.drawTopDown();
        }
        String saved = Editor.saved();
        if (saved != null && !saved.isEmpty()) {
            page.restoreSaved(saved); // the editor as the user left it (autosaved on every edit)
        } else {
            page.example(0);
        }
    }

    /** The Train view's way in: a generated program into the editor; {@code run} also draws its graph. */
    static void showProgram(String source, boolean run) {
        page.showProgram(source, run);
    }
}
