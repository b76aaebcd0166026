package dev.backprop.web;

import dev.backprop.engine.Value;
import dev.backprop.layout.GraphView;
import dev.backprop.layout.Replay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.teavm.jso.dom.html.HTMLElement;
import org.teavm.jso.dom.xml.Element;

/** The "Groups" panel: every call that created values in the graph, with its size and a Collapse/Expand button. */
final class GroupsPanel {
    /** A group's button: collapse it ({@code true}) or expand it. */
    interface Collapse {
        void set(int group, boolean collapsed);
    }

    private static final int LIMIT = 300;
    private final HTMLElement list = Dom.el("groups");

    GroupsPanel(Collapse collapse) {
        list.addEventListener("click", e -> {
            int g = Dom.intAttr(e, "data-g", list);
            if (g >= 0) {
                Element b = e.getTarget().cast();
                collapse.set(g, !"1".equals(b.getAttribute("data-c")));
            }
        });
    }

    /** Lists the groups of {@code replay}'s graph; {@code collapsed}: those drawn as one box. */
    void render(Replay replay, GraphView.Groups groups, Set<Integer> collapsed) {
        list.clear();
        if (replay == null) {
            return;
        }
        List<Integer> all = GraphView.allGroups(replay.values(), groups);
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Value v : replay.values()) {
            int g = groups.groupOf(v);
            int guard = 0;
            while (g >= 0 && guard++ < 1000) {
                Integer c = sizes.get(g);
                sizes.put(g, c == null ? 1 : c + 1);
                g = groups.parentOf(g);
            }
        }
        if (all.isEmpty()) {
            Dom.append(list, "li", "No function or method calls created values in this graph.");
        }
        int shown = 0;
        for (int g : all) {
            if (shown++ >= LIMIT) {
                Dom.append(list, "li", "… " + (all.size() - LIMIT) + " more");
                break;
            }
            HTMLElement li = Dom.append(list, "li", null);
            StringBuilder name = new StringBuilder();
            for (int p = groups.parentOf(g), depth = 0; p >= 0 && depth < 20; p = groups.parentOf(p), depth++) {
                name.append("  ");
            }
            Dom.append(li, "span", name + groups.name(g)).setClassName("gname");
            Dom.append(li, "span", (int) sizes.getOrDefault(g, 0) + " values").setClassName("count");
            boolean isCollapsed = collapsed.contains(g);
            HTMLElement button = Dom.append(li, "button", isCollapsed ? "Expand" : "Collapse");
            button.setAttribute("data-g", String.valueOf(g));
            button.setAttribute("data-c", isCollapsed ? "1" : "0");
        }
    }
}
