package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.PyBuiltin;
import dev.backprop.lang.Py.PyModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small matplotlib.pyplot (plot, scatter, labels, title, grid, legend, figure, show, contour/contourf, xlim/ylim,
 * subplots with one axes) and graphviz.Digraph, as a Python prelude. A figure is drawn as SVG and becomes an output
 * item at {@code show()}, at the end of a notebook cell (as Jupyter's inline backend) or at the end of the run,
 * placed in order with the printed text ({@link Run#plots()}).
 */
final class Plot {
    private Plot() {
    }

    static final String PRELUDE = "pyplot.py"; // in dev/backprop/lang/py/

    static final String GRAPHVIZ = "graphviz.py"; // in dev/backprop/lang/py/

    private static List<Ast.Stmt> pyplot;
    private static List<Ast.Stmt> graphviz;

    static PyModule module(Interp in, String name, Node at) {
        if (name.equals("matplotlib")) {
            PyModule m = new PyModule("matplotlib");
            in.modules.put(name, m);
            m.attrs.put("pyplot", Numpy.module(in, "matplotlib.pyplot", at));
            return m;
        }
        boolean plt = name.equals("matplotlib.pyplot");
        if (plt && pyplot == null) {
            pyplot = Parser.parse(PySource.read(PRELUDE), true);
        }
        if (!plt && graphviz == null) {
            graphviz = Parser.parse(PySource.read(GRAPHVIZ), true);
        }
        LinkedHashMap<String, Object> g = new LinkedHashMap<>();
        g.put("__name__", name);
        g.put("_draw", new PyBuiltin("render", (in2, a, kn, kv, at2) -> {
            if (a.length == 1 && a[0] instanceof Py.PyObj) {
                Cells.draw(in2, (Py.PyObj) a[0]);
            }
            return Py.NONE;
        }));
        g.put("_emit", new PyBuiltin("show", (in2, a, kn, kv, at2) -> {
            in2.lecture.plot((String) a[0]);
            return Py.NONE;
        }));
        Ast.execBlock(plt ? pyplot : graphviz, in, Frame.module(g, true));
        PyModule m = new PyModule(name);
        for (Map.Entry<String, Object> e : g.entrySet()) {
            if (!e.getKey().startsWith("_") || e.getKey().equals("__name__")) {
                m.attrs.put(e.getKey(), e.getValue());
            }
        }
        m.attrs.remove("math");
        return m;
    }

    /** Shows the figures still open (end of a cell or of the run), if pyplot was imported. */
    static void flush(Interp in) {
        PyModule m = in.modules.get("matplotlib.pyplot");
        if (m != null) {
            in.call(m.attrs.get("show"), Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, null);
        }
    }
}
