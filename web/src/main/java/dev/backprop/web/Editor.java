package dev.backprop.web;

import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSBody;
import org.teavm.jso.browser.Window;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.KeyboardEvent;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.html.HTMLTextAreaElement;
import org.teavm.jso.dom.xml.Node;

/**
 * The program editor: a textarea with line numbers, line marks (the error's, the selected node's), Tab
 * indenting (Esc then Tab leaves), autosave, and a run after a pause in typing.
 */
final class Editor {
    /** Programs up to this size re-run by themselves after a pause in typing. */
    private static final int AUTO_RUN_CHARS = 4000;
    private static final int AUTO_RUN_DELAY_MS = 450;

    /** What the editor asks of the page. */
    interface Events {
        /** Run the text; {@code explicit}: the user asked (Ctrl+Enter), not a pause in typing. */
        void run(boolean explicit);

        /** The cursor moved to another line. */
        void cursor(int line);

        /** Shift+Enter on {@code line}: run the notebook cell there; returns the line to move to (0: stay). */
        int runCell(int line);
    }

    final HTMLTextAreaElement code = Dom.el("code").cast();
    private final HTMLElement gutter = Dom.el("gutter");
    private final HTMLElement marks = Dom.el("marks");
    private final Events events;
    private final boolean embed;
    private int autoRunTimer = -1;
    private boolean escaped; // the last key was Esc: the next Tab moves focus on
    private int cursorLine = -1;
    private int errorLine = -1;
    private int markedLine = -1;
    private java.util.List<Integer> ranLines = java.util.List.of(); // the lines the last backward step ran

    Editor(boolean embed, Events events) {
        this.embed = embed;
        this.events = events;
        code.setReadOnly(embed);
        code.addEventListener("input", e -> edited());
        code.addEventListener("scroll", e -> {
            gutter.setScrollTop(code.getScrollTop());
            renderMarks();
        });
        code.addEventListener("keydown", this::key);
        code.addEventListener("keyup", e -> cursor());
        code.addEventListener("click", e -> cursor());
        code.addEventListener("focus", e -> cursor());
        renderGutter();
    }

    String text() {
        return code.getValue();
    }

    int cursorLine() {
        return cursorLine;
    }

    private void edited() {
        save(code.getValue());
        errorLine = -1;
        renderMarks();
        if (code.getValue().length() <= AUTO_RUN_CHARS && !embed) {
            cancelAutoRun();
            autoRunTimer = Window.setTimeout(() -> {
                autoRunTimer = -1;
                events.run(false);
            }, AUTO_RUN_DELAY_MS);
        }
    }

    void cancelAutoRun() {
        if (autoRunTimer >= 0) {
            Window.clearTimeout(autoRunTimer);
            autoRunTimer = -1;
        }
    }

    private void key(Event e) {
        KeyboardEvent k = e.cast();
        boolean leave = escaped; // Esc, then Tab: the keyboard way out of the editor (Tab alone indents)
        escaped = k.getKey().equals("Escape");
        if (k.getKey().equals("Enter") && (k.isCtrlKey() || k.isMetaKey())) {
            e.preventDefault();
            events.run(true);
        } else if (k.getKey().equals("Enter") && k.isShiftKey() && !k.isAltKey()) {
            e.preventDefault(); // Jupyter's Shift+Enter: this cell, then the cursor to the next one
            cursor();
            int next = events.runCell(cursorLine);
            if (next > 0) {
                toLine(next);
            }
        } else if (k.getKey().equals("Tab") && !leave && !k.isCtrlKey() && !k.isAltKey() && !k.isMetaKey()) {
            e.preventDefault();
            indent(k.isShiftKey());
        }
    }

    /**
     * Puts a whole program into the editor as one edit the user can undo (Ctrl+Z brings back what was
     * there: choosing an example or "Show as code" never loses work), and autosaves it. The caller runs it.
     */
    void replace(String source) {
        if (!replaceUndoable(code, source)) {
            code.setValue(source);
        }
        cancelAutoRun(); // the insert's input event is not typing
        save(source);
        renderGutter();
    }

    /** Sets the text without an undo step or autosave (a shared snapshot's program). */
    void set(String source) {
        code.setValue(source);
        renderGutter();
    }

    @JSBody(params = {"ta", "s"}, script = "if (ta.value === s) return true; ta.focus(); ta.select();"
            + " try { return document.execCommand('insertText', false, s) && ta.value === s; } catch (e) { return false; }")
    private static native boolean replaceUndoable(HTMLTextAreaElement ta, String s);

    /** Autosave: the editor's text survives a reload (not in embeds, which show a shared program). */
    private void save(String source) {
        if (!embed) {
            store("backprop.code", source);
        }
    }

    @JSBody(params = {"k", "v"}, script = "try { localStorage.setItem(k, v); } catch (e) {}")
    private static native void store(String k, String v);

    @JSBody(script = "try { return localStorage.getItem('backprop.code'); } catch (e) { return null; }")
    static native String saved();

    /** Tab inserts four spaces (or indents the selected lines); Shift+Tab dedents. */
    private void indent(boolean out) {
        String s = code.getValue();
        int a = code.getSelectionStart();
        int b = code.getSelectionEnd();
        if (!out && a == b) {
            code.setRangeText("    ", a, b, "end");
            code.dispatchEvent(inputEvent());
            return;
        }
        int start = s.lastIndexOf('\n', a - 1) + 1;
        int end = b > a && s.charAt(b - 1) == '\n' ? b - 1 : b;
        List<String> lines = lines(s.substring(start, end));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (out) {
                int k = 0;
                while (k < 4 && k < l.length() && l.charAt(k) == ' ') {
                    k++;
                }
                l = l.substring(k);
            } else {
                l = "    " + l;
            }
            sb.append(i > 0 ? "\n" : "").append(l);
        }
        code.setRangeText(sb.toString(), start, end, "select");
        code.dispatchEvent(inputEvent());
    }

    /** The lines of {@code s} (no regex: String.split would pull java.util.regex into the bundle). */
    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == '\n') {
                out.add(s.substring(from, i));
                from = i + 1;
            }
        }
        return out;
    }

    @JSBody(script = "return new Event('input');")
    private static native Event inputEvent();

    private void cursor() {
        String s = code.getValue();
        int pos = Math.min(code.getSelectionStart(), s.length());
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (s.charAt(i) == '\n') {
                line++;
            }
        }
        if (line != cursorLine) {
            cursorLine = line;
            events.cursor(line);
        }
    }

    /** Puts the caret at the start of {@code line}. */
    private void toLine(int line) {
        String s = code.getValue();
        int pos = 0;
        for (int l = 1; l < line && pos >= 0; l++) {
            pos = s.indexOf('\n', pos);
            pos = pos < 0 ? -1 : pos + 1;
        }
        pos = pos < 0 ? s.length() : pos;
        code.setSelectionRange(pos, pos);
        scrollToLine(line);
        cursor();
    }

    /** Marks the line of the run's error (-1: none). */
    void error(int line) {
        errorLine = line;
        renderMarks();
    }

    /** Marks the lines a step of the user's own backward ran (empty: none), the first scrolled into view. */
    void ran(java.util.List<Integer> lines) {
        if (lines.equals(ranLines)) {
            return;
        }
        ranLines = lines;
        if (!lines.isEmpty()) {
            scrollToLine(lines.get(0));
        }
        renderMarks();
    }

    /** Marks the line that created the selected node (-1: none), scrolled into view. */
    void select(int line) {
        if (line > 0) {
            scrollToLine(line);
        }
        markedLine = line;
        renderMarks();
    }

    private void renderGutter() {
        String s = code.getValue();
        int lines = 1;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        // line numbers are kept and only added, removed or re-marked (this runs on every keystroke)
        int have = gutter.getChildNodes().getLength();
        for (int i = have + 1; i <= lines; i++) {
            Dom.append(gutter, "div", String.valueOf(i));
        }
        for (int i = have; i > lines; i--) {
            gutter.removeChild(gutter.getLastChild());
        }
        Node d = gutter.getFirstChild();
        for (int i = 1; i <= lines; i++) {
            HTMLElement e = d.cast();
            String c = i == errorLine ? "err" : "";
            if (!c.equals(e.getClassName())) {
                e.setClassName(c);
            }
            d = d.getNextSibling();
        }
        gutter.setScrollTop(code.getScrollTop());
    }

    private void renderMarks() {
        marks.clear();
        int top = code.getScrollTop();
        for (int line : ranLines) {
            mark(line, "ran", top);
        }
        if (markedLine > 0) {
            mark(markedLine, "hl", top);
        }
        if (errorLine > 0) {
            mark(errorLine, "err", top);
        }
        renderGutter();
    }

    private void mark(int line, String cls, int scrollTop) {
        HTMLElement d = Dom.doc.createElement("div");
        d.setClassName(cls);
        d.getStyle().setProperty("top", (10 + (line - 1) * 20 - scrollTop) + "px");
        marks.appendChild(d);
    }

    private void scrollToLine(int line) {
        int y = 10 + (line - 1) * 20;
        if (y < code.getScrollTop() || y > code.getScrollTop() + code.getClientHeight() - 30) {
            code.setScrollTop(Math.max(0, y - code.getClientHeight() / 3));
        }
    }
}
