package dev.backprop.lang;

import dev.backprop.data.NumpyRandom;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.PyBuiltin;
import dev.backprop.lang.Py.PyModule;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The small numpy of the lecture, as a Python prelude run by the interpreter: {@code ndarray} (flat data + shape,
 * numpy broadcasting), {@code arange linspace array zeros ones meshgrid c_}, the elementwise math, reductions,
 * {@code reshape}, and {@code numpy.random} on numpy's own MT19937 stream ({@link NumpyRandom}), so
 * {@code np.random.seed(1337); np.random.randn()} is numpy's number. Anything else is "not provided by the
 * playground: numpy.X".
 */
final class Numpy {
    private Numpy() {
    }

    static final String PRELUDE = "numpy.py"; // in dev/backprop/lang/py/

    /**
     * sklearn.datasets' 2-D toy sets as sklearn 1.x builds them (micrograd's demo: {@code make_moons(n_samples=100,
     * noise=0.1)} after {@code np.random.seed(1337)}), on numpy's global stream unless random_state is given.
     */
    static final String SKLEARN = "sklearn.py"; // in dev/backprop/lang/py/

    private static List<Ast.Stmt> ast;
    private static List<Ast.Stmt> sklearn;

    /** sklearn.datasets (make_moons, make_circles) run in its own globals. */
    static PyModule sklearn(Interp in) {
        if (sklearn == null) {
            sklearn = Parser.parse(PySource.read(SKLEARN), true);
        }
        LinkedHashMap<String, Object> g = new LinkedHashMap<>();
        g.put("__name__", "sklearn.datasets");
        Ast.execBlock(sklearn, in, Frame.module(g, true));
        PyModule m = new PyModule("sklearn.datasets");
        for (Map.Entry<String, Object> e : g.entrySet()) {
            if (!e.getKey().startsWith("_") || e.getKey().equals("__name__")) {
                m.attrs.put(e.getKey(), e.getValue());
            }
        }
        m.attrs.remove("math");
        return m;
    }

    /** The numpy module: the prelude run in its own globals, with the random stream bridged to Java. */
    static PyModule create(Interp in) {
        if (ast == null) {
            ast = Parser.parse(PySource.read(PRELUDE), true);
        }
        LinkedHashMap<String, Object> g = new LinkedHashMap<>();
        g.put("__name__", "numpy");
        g.put("_np_global", new Stream(0).fns());
        g.put("_np_stream", new PyBuiltin("RandomState", (in2, a, kn, kv, at) -> {
            long seed = a.length == 0 || a[0] == Py.NONE ? 0 : Builtins.intArg(in2, a[0], at);
            return new Stream(Stream.check(in2, seed, at)).fns();
        }));
        Ast.execBlock(ast, in, Frame.module(g, true));
        PyModule m = new PyModule("numpy");
        for (Map.Entry<String, Object> e : g.entrySet()) {
            if (!e.getKey().startsWith("_") || e.getKey().equals("c_") || e.getKey().equals("__name__")) {
                m.attrs.put(e.getKey(), e.getValue());
            }
        }
        m.attrs.put("__name__", "numpy");
        m.attrs.remove("math");
        return m;
    }

    /**
     * One numpy RandomState (the global one is seeded with 0 until np.random.seed: numpy seeds from the OS, a
     * run is repeatable here): seed, random, gauss and interval as builtins over one MT19937 stream.
     */
    private static final class Stream {
        NumpyRandom rng;

        Stream(long seed) {
            rng = new NumpyRandom(seed);
        }

        Py.PyTuple fns() {
            return new Py.PyTuple(new Object[] {new PyBuiltin("seed", fn(0)), new PyBuiltin("random", fn(1)),
                new PyBuiltin("randn", fn(2)), new PyBuiltin("randint", fn(3))});
        }

        static long check(Interp in, long seed, Node at) {
            if (seed < 0 || seed > 0xFFFFFFFFL) {
                throw in.error("ValueError", "Seed must be between 0 and 2**32 - 1", at);
            }
            return seed;
        }

        Py.Fn fn(int op) {
            return (in, a, kn, kv, at) -> call(op, in, a, at);
        }

        private Object call(int op, Interp in, Object[] a, Node at) {
            if (op == 0) {
                rng = new NumpyRandom(check(in, Builtins.intArg(in, a[0], at), at));
                return Py.NONE;
            }
            if (op == 1) {
                return rng.random();
            }
            if (op == 2) {
                return rng.gauss();
            }
            long max = Builtins.intArg(in, a[0], at);
            if (max < 0) {
                throw in.error("ValueError", "high <= low", at);
            }
            return (long) rng.interval((int) max);
        }
    }

    /**
     * The lecture's modules (numpy, numpy.random, matplotlib, matplotlib.pyplot, graphviz), or null for other
     * names; {@code import torch} fails with a pointer to the built-in Value.
     */
    static PyModule module(Interp in, String name, Node at) {
        PyModule m = in.modules.get(name);
        if (m != null) {
            return m;
        }
        if (name.equals("numpy")) {
            m = create(in);
        } else if (name.equals("numpy.random")) {
            m = new PyModule("numpy.random");
            Object r = module(in, "numpy", at).attrs.get("random");
            for (String k : new String[] {"seed", "rand", "random", "randn", "normal", "uniform", "randint", "permutation", "shuffle", "RandomState"}) {
                m.attrs.put(k, in.getattr(r, k, at));
            }
        } else if (name.equals("matplotlib") || name.equals("matplotlib.pyplot") || name.equals("graphviz")) {
            m = Plot.module(in, name, at);
        } else if (name.equals("sklearn.datasets")) {
            m = sklearn(in);
        } else if (name.equals("sklearn")) {
            m = new PyModule("sklearn");
            m.attrs.put("datasets", module(in, "sklearn.datasets", at));
        } else if (name.startsWith("sklearn.")) {
            throw in.error("ModuleNotFoundError", "No module named '" + name + "': the playground's sklearn has"
                    + " sklearn.datasets (make_moons, make_circles) only", at);
        } else if (name.equals("torch") || name.startsWith("torch.")) {
            throw in.error("ModuleNotFoundError", "No module named 'torch': the playground has no PyTorch; its built-in Value"
                    + " is the scalar autograd you are building (Value(2.0) * Value(3.0), .backward(), .grad), and"
                    + " micrograd.nn has Neuron, Layer and MLP", at);
        } else {
            return null;
        }
        in.modules.put(name, m);
        return m;
    }

    /** A numpy name outside the subset. */
    static PyException missing(Interp in, String module, String name, Node at) {
        return in.error("AttributeError", "not provided by the playground: " + module + "." + name, at);
    }
}
