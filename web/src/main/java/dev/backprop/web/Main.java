package dev.backprop.web;

import dev.backprop.lang.PySource;
import org.teavm.jso.ajax.XMLHttpRequest;
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
        PySource.use(Main::pyFile);
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

    /**
     * A module written in Python (engine's dev/backprop/lang/py/, served at /py/), fetched when a program first
     * imports it: synchronously, as the import must return it; once per page or worker (the engine keeps it).
     */
    private static String pyFile(String file) {
        XMLHttpRequest r = XMLHttpRequest.create();
        r.open("GET", "/py/" + file, false);
        r.send();
        return r.getStatus() == 200 ? r.getResponseText() : null;
    }

    /** The Train view's way in: a generated program into the editor; {@code run} also draws its graph. */
    static void showProgram(String source, boolean run) {
        page.showProgram(source, run);
    }
}
