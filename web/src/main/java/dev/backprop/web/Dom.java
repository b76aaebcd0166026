package dev.backprop.web;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSProperty;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;
import org.teavm.jso.dom.html.HTMLDocument;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;
import org.teavm.jso.dom.xml.Node;

/** The page's small DOM helpers, shared by its parts (never loaded by the Web Worker, which has no document). */
final class Dom {
    static final HTMLDocument doc = HTMLDocument.current();

    private Dom() {
    }

    static HTMLElement el(String id) {
        return doc.getElementById(id);
    }

    /** Calls {@code then} on each click of the element with this id. */
    static void onClick(String id, EventListener<Event> then) {
        el(id).addEventListener("click", then);
    }

    /** Changes an element's text in place: a new text node costs Chromium a style recalc and a re-layout. */
    static void setText(Node el, String text) {
        Node t = el.getFirstChild();
        if (t != null && t.getNodeType() == Node.TEXT_NODE && t.getNextSibling() == null) {
            t.setNodeValue(text);
        } else {
            el.setTextContent(text);
        }
    }

    /** A number for an SVG attribute, one decimal at most. */
    static String n(double v) {
        // int arithmetic: TeaVM's long is emulated and this runs ~10,000 times per drawing
        int t = (int) Math.floor(Math.abs(v) * 10 + 0.5);
        String digits = t % 10 == 0 ? String.valueOf(t / 10) : t / 10 + "." + t % 10;
        return v < 0 && t != 0 ? "-" + digits : digits;
    }

    /** An SVG element (not an HTMLElement: strict mode checks that cast) that can parse markup. */
    interface SvgElement extends Element {
        @JSProperty
        void setInnerHTML(String markup);
    }

    static SvgElement svg(String tag) {
        return doc.createElementNS("http://www.w3.org/2000/svg", tag).cast();
    }

    static HTMLElement append(HTMLElement parent, String tag, String text) {
        HTMLElement e = doc.createElement(tag);
        e.setTextContent(text);
        parent.appendChild(e);
        return e;
    }

    /** The error line in the output pane. */
    static void error(HTMLElement output, String text) {
        append(output, "span", text).setClassName("error");
    }

    /**
     * Makes the list show these items (li k has data-k = k), reusing its li elements and touching only
     * texts and classes that differ: re-creating ~400 items of a multi-column list on every run or step
     * costs Chromium more layout than the whole graph.
     */
    static void syncItems(HTMLElement list, String[] texts, String[] classes) {
        int have = list.getChildNodes().getLength();
        for (int k = have; k < texts.length; k++) {
            HTMLElement li = doc.createElement("li");
            li.setAttribute("data-k", String.valueOf(k));
            list.appendChild(li);
        }
        for (int k = have; k > texts.length; k--) {
            list.removeChild(list.getLastChild());
        }
        Node li = list.getFirstChild();
        for (int k = 0; k < texts.length; k++) {
            HTMLElement e = li.cast();
            if (!texts[k].equals(e.getTextContent())) {
                setText(e, texts[k]);
            }
            if (!classes[k].equals(e.getClassName())) {
                e.setClassName(classes[k]);
            }
            li = li.getNextSibling();
        }
    }

    /** The int in attribute {@code name} of the event's target or its nearest ancestor that has one; else -1. */
    static int intAttr(Event e, String name, Element stop) {
        Node t = e.getTarget().cast();
        while (t != null && t.getNodeType() == Node.ELEMENT_NODE) {
            Element el = t.cast();
            String i = el.getAttribute(name);
            if (i != null && !i.isEmpty()) {
                return (int) dev.backprop.py.Chars.parseLong(i, 10);
            }
            if (el == stop) {
                return -1;
            }
            t = t.getParentNode();
        }
        return -1;
    }

    @JSBody(params = "s", script = "if (navigator.clipboard) navigator.clipboard.writeText(s).catch(function () {});")
    static native void copy(String s);
}
