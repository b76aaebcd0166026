package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.Arrays;
import java.util.List;

/** Importable modules: math, random, micrograd (engine + nn as a Python prelude). */
final class Modules {
    private Modules() {
    }

    private static final List<String> NOT_PROVIDED = Arrays.asList("numpy", "matplotlib", "torch", "graphviz", "pandas",
            "sklearn", "scipy", "tensorflow", "jax", "IPython");

    /** micrograd's nn.py, run by the interpreter so weights come from the program's random stream. */
    static final String NN_PRELUDE = "import random\n"
            + "from micrograd.engine import Value\n"
            + "\n"
            + "class Module:\n"
            + "\n"
            + "    def zero_grad(self):\n"
            + "        for p in self.parameters():\n"
            + "            p.grad = 0\n"
            + "\n"
            + "    def parameters(self):\n"
            + "        return []\n"
            + "\n"
            + "class Neuron(Module):\n"
            + "\n"
            + "    def __init__(self, nin, nonlin=True):\n"
            + "        self.w = [Value(random.uniform(-1,1)) for _ in range(nin)]\n"
            + "        self.b = Value(0)\n"
            + "        self.nonlin = nonlin\n"
            + "\n"
            + "    def __call__(self, x):\n"
            + "        act = sum((wi*xi for wi,xi in zip(self.w, x)), self.b)\n"
            + "        return act.relu() if self.nonlin else act\n"
            + "\n"
            + "    def parameters(self):\n"
            + "        return self.w + [self.b]\n"
            + "\n"
            + "    def __repr__(self):\n"
            + "        return f\"{'ReLU' if self.nonlin else 'Linear'}Neuron({len(self.w)})\"\n"
            + "\n"
            + "class Layer(Module):\n"
            + "\n"
            + "    def __init__(self, nin, nout, **kwargs):\n"
            + "        self.neurons = [Neuron(nin, **kwargs) for _ in range(nout)]\n"
            + "\n"
            + "    def __call__(self, x):\n"
            + "        out = [n(x) for n in self.neurons]\n"
            + "        return out[0] if len(out) == 1 else out\n"
            + "\n"
            + "    def parameters(self):\n"
            + "        return [p for n in self.neurons for p in n.parameters()]\n"
            + "\n"
            + "    def __repr__(self):\n"
            + "        return f\"Layer of [{', '.join(str(n) for n in self.neurons)}]\"\n"
            + "\n"
            + "class MLP(Module):\n"
            + "\n"
            + "    def __init__(self, nin, nouts):\n"
            + "        sz = [nin] + nouts\n"
            + "        self.layers = [Layer(sz[i], sz[i+1], nonlin=i!=len(nouts)-1) for i in range(len(nouts))]\n"
            + "\n"
            + "    def __call__(self, x):\n"
            + "        for layer in self.layers:\n"
            + "            x = layer(x)\n"
            + "        return x\n"
            + "\n"
            + "    def parameters(self):\n"
            + "        return [p for layer in self.layers for p in layer.parameters()]\n"
            + "\n"
            + "    def __repr__(self):\n"
            + "        return f\"MLP of [{', '.join(str(layer) for layer in self.layers)}]\"\n";

    private static List<Ast.Stmt> preludeAst;

    static PyModule module(Interp in, String name, Node at) {
        PyModule m = in.modules.get(name);
        if (m != null) {
            return m;
        }
        String top = name.indexOf('.') < 0 ? name : name.substring(0, name.indexOf('.'));
        if (NOT_PROVIDED.contains(top)) {
            throw in.error("ModuleNotFoundError", "No module named '" + name + "': the playground does not provide "
                    + top + " (it runs micrograd-style Python: Value, math, random, micrograd.nn; graphs are drawn for you, use draw_dot(v))", at);
        }
        if (name.equals("math")) {
            m = MathModule.create(in);
        } else if (name.equals("random")) {
            m = RandomModule.create(in);
        } else if (name.equals("sys")) {
            m = sysModule(in);
        } else if (name.equals("typing")) {
            m = new PyModule("typing");
            for (String t : new String[] {"List", "Tuple", "Dict", "Set", "Optional", "Union", "Callable", "Any",
                "Iterable", "Iterator", "Sequence", "Mapping"}) {
                m.attrs.put(t, new PyType(t, null, (in2, a, kn, kv, at2) -> {
                    throw in2.error("TypeError", "typing." + t + " cannot be instantiated", at2);
                }));
            }
        } else if (name.equals("micrograd")) {
            m = new PyModule("micrograd");
            in.modules.put(name, m);
            m.attrs.put("engine", module(in, "micrograd.engine", at));
            m.attrs.put("nn", module(in, "micrograd.nn", at));
            return m;
        } else if (name.equals("micrograd.engine")) {
            m = new PyModule("micrograd.engine");
            m.attrs.put("Value", in.builtins.get("Value"));
        } else if (name.equals("micrograd.nn")) {
            m = new PyModule("micrograd.nn");
            in.modules.put(name, m);
            runPrelude(in, m);
            return m;
        } else {
            throw in.error("ModuleNotFoundError", "No module named '" + name + "'", at);
        }
        in.modules.put(name, m);
        return m;
    }

    private static PyModule sysModule(Interp in) {
        PyModule m = new PyModule("sys");
        m.attrs.put("setrecursionlimit", new PyBuiltin("setrecursionlimit", (in2, a, kn, kv, at) -> {
            Builtins.count(in2, "setrecursionlimit", a, 1, 1, at);
            long n = Builtins.intArg(in2, a[0], at);
            if (n < 1) {
                throw in2.error("ValueError", "recursion limit must be greater or equal than 1", at);
            }
            // the playground keeps its own ceiling: the interpreter's stack is not CPython's
            in2.maxDepth = (int) Math.min(n, in2.limits.maxDepth() * 10L);
            return Py.NONE;
        }));
        m.attrs.put("getrecursionlimit", new PyBuiltin("getrecursionlimit", (in2, a, kn, kv, at) -> (long) in2.maxDepth));
        m.attrs.put("exit", new PyBuiltin("exit", (in2, a, kn, kv, at) -> {
            Object code = a.length > 0 ? a[0] : Py.NONE;
            PyException e = in2.fatal("SystemExit", code == Py.NONE ? "" : in2.str(code), at);
            e.exitCode = code == Py.NONE ? 0 : Interp.isIntLike(code) ? Interp.toLong(code) : 1;
            throw e;
        }));
        for (String stream : new String[] {"stdout", "stderr"}) {
            PyModule f = new PyModule("sys." + stream);
            f.attrs.put("write", new PyBuiltin("write", (in2, a, kn, kv, at) -> {
                Builtins.count(in2, "write", a, 1, 1, at);
                if (!(a[0] instanceof String)) {
                    throw in2.error("TypeError", "write() argument must be str, not " + in2.typeName(a[0]), at);
                }
                if (stream.equals("stdout")) {
                    in2.print((String) a[0]);
                } else {
                    in2.printErr((String) a[0]);
                }
                return (long) ((String) a[0]).length();
            }));
            f.attrs.put("flush", new PyBuiltin("flush", (in2, a, kn, kv, at) -> Py.NONE));
            m.attrs.put(stream, f);
        }
        m.attrs.put("version", "3.11.7 (Backprop Playground)");
        m.attrs.put("maxsize", Long.MAX_VALUE);
        return m;
    }

    private static void runPrelude(Interp in, PyModule m) {
        if (preludeAst == null) {
            preludeAst = Parser.parse(NN_PRELUDE, true);
        }
        java.util.LinkedHashMap<String, Object> g = new java.util.LinkedHashMap<>();
        Frame f = Frame.module(g, true);
        Ast.execBlock(preludeAst, in, f);
        for (String k : Arrays.asList("Module", "Neuron", "Layer", "MLP", "Value", "random")) {
            m.attrs.put(k, g.get(k));
        }
    }

    static void doImport(Interp in, Ast.Import imp, Frame f) {
        if (imp.names == null) {
            PyModule m = module(in, imp.module, imp);
            if (imp.asName != null) {
                new Ast.Name(imp.asName).assign(in, f, m);
            } else {
                String top = imp.module.indexOf('.') < 0 ? imp.module : imp.module.substring(0, imp.module.indexOf('.'));
                new Ast.Name(top).assign(in, f, module(in, top, imp));
            }
            return;
        }
        PyModule m = module(in, imp.module, imp);
        for (int i = 0; i < imp.names.size(); i++) {
            String n = imp.names.get(i);
            if (n.equals("*")) {
                for (java.util.Map.Entry<String, Object> e : m.attrs.entrySet()) {
                    if (!e.getKey().startsWith("_")) {
                        new Ast.Name(e.getKey()).assign(in, f, e.getValue());
                    }
                }
                continue;
            }
            Object v = m.attrs.get(n);
            if (v == null) {
                PyModule sub = in.modules.get(imp.module + "." + n);
                if (sub == null && (imp.module + "." + n).startsWith("micrograd.")) {
                    sub = module(in, imp.module + "." + n, imp);
                }
                v = sub;
            }
            if (v == null) {
                throw in.error("ImportError", "cannot import name '" + n + "' from '" + imp.module + "'", imp);
            }
            new Ast.Name(imp.asNames.get(i)).assign(in, f, v);
        }
    }
}
