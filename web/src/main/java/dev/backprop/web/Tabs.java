package dev.backprop.web;

import org.teavm.jso.dom.events.KeyboardEvent;

/**
 * The graph pane's panel tabs, as ARIA tabs: a click or the arrow keys (Home, End too) choose one; the
 * chosen tab is the tab list's one Tab stop.
 */
final class Tabs {
    private static final String[] NAMES = {"order", "nudge", "check", "groups"};

    Tabs() {
        for (int i = 0; i < NAMES.length; i++) {
            int tab = i;
            Dom.onClick("tab-" + NAMES[i], e -> select(tab, false));
        }
        Dom.el("tabs").addEventListener("keydown", e -> {
            String k = e.<KeyboardEvent>cast().getKey();
            int at = selected();
            int n = NAMES.length;
            int to = k.equals("ArrowRight") ? (at + 1) % n : k.equals("ArrowLeft") ? (at + n - 1) % n
                    : k.equals("Home") ? 0 : k.equals("End") ? n - 1 : -1;
            if (to >= 0) {
                e.preventDefault();
                select(to, true);
            }
        });
    }

    private static int selected() {
        for (int i = 0; i < NAMES.length; i++) {
            if ("true".equals(Dom.el("tab-" + NAMES[i]).getAttribute("aria-selected"))) {
                return i;
            }
        }
        return 0;
    }

    private static void select(int tab, boolean focus) {
        for (int i = 0; i < NAMES.length; i++) {
            Dom.el("tab-" + NAMES[i]).setAttribute("aria-selected", String.valueOf(i == tab));
            Dom.el("tab-" + NAMES[i]).setAttribute("tabindex", i == tab ? "0" : "-1");
            Dom.el("panel-" + NAMES[i]).setHidden(i != tab);
        }
        if (focus) {
            Dom.el("tab-" + NAMES[tab]).focus();
        }
    }
}
