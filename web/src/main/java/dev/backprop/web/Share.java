package dev.backprop.web;

import dev.backprop.layout.Layered;
import dev.backprop.layout.ViewState;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.JSProperty;
import org.teavm.jso.ajax.XMLHttpRequest;
import org.teavm.jso.browser.Location;
import org.teavm.jso.browser.Window;
import org.teavm.jso.core.JSArrayReader;
import org.teavm.jso.core.JSNumber;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;

/**
 * Share links and embeds: posts the program with its view (and the Train tab's state) as a snapshot, loads
 * one for /s/{id} and /e/{id}, and shows the page's dialog (a link, DOT text) to copy from.
 */
final class Share {
    /** The page's side of a snapshot. */
    interface Views {
        ViewState view();

        void restore(ViewState v);

        /** The snapshot could not be loaded: {@code why} goes to the output. */
        void failed(String why);
    }

    /** The dialog's controls in Tab order: Tab and Shift+Tab cycle through them while it is open. */
    private static final String[] DIALOG_KEYS = {"dialog-text", "dialog-copy", "dialog-close"};
    private final Views views;
    private final HTMLElement dialog = Dom.el("dialog");
    private HTMLElement returnTo; // what had the focus when the dialog opened: it gets it back on close

    Share(Views views) {
        this.views = views;
        Dom.onClick("share", e -> share());
        Dom.onClick("dialog-close", e -> closeDialog());
        dialog.addEventListener("keydown", e -> {
            KeyboardEvent k = e.cast();
            HTMLElement at = Dom.doc.getActiveElement();
            String id = at == null ? "" : at.getId();
            int last = DIALOG_KEYS.length - 1;
            if (k.getKey().equals("Tab") && (k.isShiftKey() ? id.equals(DIALOG_KEYS[0]) : id.equals(DIALOG_KEYS[last]))) {
                e.preventDefault();
                Dom.el(DIALOG_KEYS[k.isShiftKey() ? last : 0]).focus();
            }
        });
        Dom.onClick("dialog-copy", e -> Dom.copy(((HTMLTextAreaElement) Dom.el("dialog-text").cast()).getValue()));
    }

    private void share() {
        XMLHttpRequest xhr = new XMLHttpRequest();
        xhr.open("POST", "/api/snapshots");
        xhr.setRequestHeader("Content-Type", "application/json");
        xhr.setOnReadyStateChange(() -> {
            if (xhr.getReadyState() == XMLHttpRequest.DONE) {
                shared(xhr);
            }
        });
        xhr.send(TrainView.attach(views.view().toJson()));
    }

    private void shared(XMLHttpRequest xhr) {
        if (xhr.getStatus() == 200 || xhr.getStatus() == 201) {
            SnapshotLink link = parseJson(xhr.getResponseText()).cast();
            String url = link.getUrl();
            if (url.startsWith("/")) {
                url = Location.current().getProtocol() + "//" + Location.current().getHost() + url;
            }
            Dom.copy(url);
            dialog("Share link", "Anyone with this link sees this program and graph.", url);
        } else {
            dialog("Could not share", "The server answered " + xhr.getStatus() + ".", xhr.getResponseText());
        }
    }

    /** Loads snapshot {@code id} and hands its program and view to {@link Views#restore}. */
    void load(String id) {
        XMLHttpRequest xhr = new XMLHttpRequest();
        xhr.open("GET", "/api/snapshots/" + Window.encodeURIComponent(id));
        xhr.setOnReadyStateChange(() -> {
            if (xhr.getReadyState() == XMLHttpRequest.DONE) {
                loaded(xhr, id);
            }
        });
        xhr.send();
    }

    private void loaded(XMLHttpRequest xhr, String id) {
        if (xhr.getStatus() != 200) {
            views.failed("Could not load shared snapshot '" + id + "' (HTTP " + xhr.getStatus() + ").");
            return;
        }
        TrainView.restore(xhr.getResponseText());
        SnapshotJs s = parseJson(xhr.getResponseText()).cast();
        ViewJs v = s.getView();
        List<ViewState.Nudge> nudges = new ArrayList<>();
        for (int i = 0; i < v.getNudges().getLength(); i++) {
            NudgeJs n = v.getNudges().get(i);
            nudges.add(new ViewState.Nudge(n.getNode(), n.getData()));
        }
        views.restore(new ViewState(s.getProgram(), "TB".equals(v.getDirection()) ? Layered.Direction.TB : Layered.Direction.LR,
                Math.max(0, v.getRoot()), ints(v.getCollapsed()), ints(v.getExpanded()), v.getStep(), nudges));
    }

    private static List<Integer> ints(JSArrayReader<JSNumber> a) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.getLength(); i++) {
            out.add((int) a.get(i).doubleValue());
        }
        return out;
    }

    /** The page's dialog with {@code text} selected, to copy; the focus stays inside until it is closed. */
    void dialog(String title, String note, String text) {
        if (dialog.isHidden()) {
            returnTo = Dom.doc.getActiveElement();
        }
        Dom.el("dialog-title").setTextContent(title);
        Dom.el("dialog-note").setTextContent(note);
        HTMLTextAreaElement t = Dom.el("dialog-text").cast();
        t.setValue(text);
        dialog.setHidden(false);
        t.focus();
        t.select();
    }

    /** Closes the dialog (Close, Esc) and gives the focus back to where it was. */
    void closeDialog() {
        if (dialog.isHidden()) {
            return;
        }
        dialog.setHidden(true);
        if (returnTo != null) {
            returnTo.focus();
            returnTo = null;
        }
    }

    /** {@code {id, url}} as POST /api/snapshots answers. */
    interface SnapshotLink extends JSObject {
        @JSProperty
        String getUrl();
    }

    /** The snapshot JSON v1 (see {@link ViewState}). */
    interface SnapshotJs extends JSObject {
        @JSProperty
        String getProgram();

        @JSProperty
        ViewJs getView();
    }

    interface ViewJs extends JSObject {
        @JSProperty
        String getDirection();

        @JSProperty
        int getRoot();

        @JSProperty
        int getStep();

        @JSProperty
        JSArrayReader<JSNumber> getCollapsed();

        @JSProperty
        JSArrayReader<JSNumber> getExpanded();

        @JSProperty
        JSArrayReader<NudgeJs> getNudges();
    }

    interface NudgeJs extends JSObject {
        @JSProperty
        int getNode();

        @JSProperty
        double getData();
    }

    @JSBody(params = "s", script = "return JSON.parse(s);")
    private static native JSObject parseJson(String s);
}
