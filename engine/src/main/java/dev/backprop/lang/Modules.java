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
    static final String NN_PRELUDE = "micrograd_nn.py"; // in dev/backprop/lang/py/

    private static List<Ast.Stmt> preludeAst;

    static PyModule module(Interp in, String name, Node at) {
        PyModule m = in.modules.get(name);
        if (m != null) {
            return m;
        }
        m = Numpy.module(in, name, at); // numpy, matplotlib, graphviz subsets; torch's pointer to Value
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
        } else if (name.equals("itertools")) {
            m = Itertools.create(in);
        } else if (name.equals("functools")) {
            m = Functools.functools(in);
        } else if (name.equals("operator")) {
            m = Functools.operator();
        } else if (name.equals("string")) {
            m = Functools.string();
        } else if (name.equals("collections") || name.equals("heapq")) {
            m = new PyModule(name);
            if (name.equals("collections")) {
                m.attrs.put("namedtuple", new PyBuiltin("namedtuple", new Builtins.Op(Builtins.FUNCTOOLS + Functools.NAMEDTUPLE, m, null)));
            }
            Preludes.runFile(in, name.equals("heapq") ? Preludes.HEAPQ : Preludes.COLLECTIONS, m);
        } else if (name.equals("contextlib")) {
            m = new PyModule(name);
            Preludes.runFile(in, With.CONTEXTLIB, m);
        } else if (name.equals("sys")) {
            m = sysModule(in);
        } else if (name.equals("dataclasses")) {
            m = Dataclasses.create(in);
        } else if (name.equals("abc")) {
            m = AbcModule.create(in);
        } else if (name.equals("enum")) {
            m = EnumModule.create(in);
        } else if (name.equals("time")) {
            m = SmallModules.time(in);
        } else if (name.equals("bisect")) {
            m = SmallModules.bisect(in);
        } else if (name.equals("copy")) {
            m = CopyModule.create(in);
        } else if (name.equals("typing")) {
            m = new PyModule("typing");
            for (String t : new String[] {"List", "Tuple", "Dict", "Set", "Optional", "Union", "Callable", "Any",
                "Iterable", "Iterator", "Sequence", "Mapping"}) {
                m.attrs.put(t, new PyType(t, null, new Builtins.Op(Builtins.SYS + TYPING, t, null)));
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

    // sys's functions and typing's types by number (see Builtins.Op)
    private static final int SETRECURSIONLIMIT = 0;
    private static final int GETRECURSIONLIMIT = 1;
    private static final int EXIT = 2;
    private static final int WRITE = 3; // x: "stdout" or "stderr"
    private static final int FLUSH = 4;
    private static final int TYPING = 5; // x: the type's name

    private static void sysFn(PyModule m, String name, int op, Object x) {
        m.attrs.put(name, new PyBuiltin(name, new Builtins.Op(Builtins.SYS + op, x, null)));
    }

    private static PyModule sysModule(Interp in) {
        PyModule m = new PyModule("sys");
        sysFn(m, "setrecursionlimit", SETRECURSIONLIMIT, null);
        sysFn(m, "getrecursionlimit", GETRECURSIONLIMIT, null);
        sysFn(m, "exit", EXIT, null);
        for (String stream : new String[] {"stdout", "stderr"}) {
            PyModule f = new PyModule("sys." + stream);
            sysFn(f, "write", WRITE, stream);
            sysFn(f, "flush", FLUSH, null);
            m.attrs.put(stream, f);
        }
        m.attrs.put("version", "3.11.7 (Backprop Playground)");
        m.attrs.put("maxsize", Long.MAX_VALUE);
        m.attrs.put("platform", "linux");
        m.attrs.put("byteorder", "little");
        PyList argv = new PyList();
        argv.items.add(""); // the program has no file name here
        m.attrs.put("argv", argv);
        m.attrs.put("version_info", versionInfo(in));
        return m;
    }

    /** sys.version_info: a named tuple (3, 11, 7, 'final', 0) built on collections' prelude. */
    private static Object versionInfo(Interp in) {
        PyModule scope = new PyModule("sys");
        scope.attrs.put("_NT", module(in, "collections", null).attrs.get("_NT"));
        String src = "class version_info(_NT):\n"
                + "    _fields = ('major', 'minor', 'micro', 'releaselevel', 'serial')\n"
                + "    def __init__(self, major, minor, micro, releaselevel, serial):\n"
                + "        self.major = major\n"
                + "        self.minor = minor\n"
                + "        self.micro = micro\n"
                + "        self.releaselevel = releaselevel\n"
                + "        self.serial = serial\n"
                + "    def __repr__(self):\n"
                + "        return 'sys.' + _NT.__repr__(self)\n"
                + "_v = version_info(3, 11, 7, 'final', 0)\n";
        return Preludes.run(in, src, scope).get("_v");
    }

    static Object call(int op, Object x, Interp in2, Object[] a, String[] kn, Object[] kv, Ast.Node at) {
        if (op == SETRECURSIONLIMIT) {
            Builtins.count(in2, "setrecursionlimit", a, 1, 1, at);
            long n = Builtins.intArg(in2, a[0], at);
            if (n < 1) {
                throw in2.error("ValueError", "recursion limit must be greater or equal than 1", at);
            }
            // the playground keeps its own ceiling: the interpreter's stack is not CPython's
            in2.maxDepth = (int) Math.min(n, in2.limits.maxDepth() * 10L);
            return Py.NONE;
        }
        if (op == GETRECURSIONLIMIT) {
            return (long) in2.maxDepth;
        }
        if (op == EXIT) {
            Object code = a.length > 0 ? a[0] : Py.NONE;
            PyException e = in2.fatal("SystemExit", code == Py.NONE ? "" : in2.str(code), at);
            e.exitCode = code == Py.NONE ? 0 : Interp.isIntLike(code) ? Interp.toLong(code) : 1;
            throw e;
        }
        if (op == WRITE) {
            Builtins.count(in2, "write", a, 1, 1, at);
            if (!(a[0] instanceof String)) {
                throw in2.error("TypeError", "write() argument must be str, not " + in2.typeName(a[0]), at);
            }
            if (x.equals("stdout")) {
                in2.print((String) a[0]);
            } else {
                in2.printErr((String) a[0]);
            }
            return (long) ((String) a[0]).length();
        }
        if (op == FLUSH) {
            return Py.NONE;
        }
        throw in2.error("TypeError", "typing." + (String) x + " cannot be instantiated", at);
    }

    private static void runPrelude(Interp in, PyModule m) {
        if (preludeAst == null) {
            preludeAst = Parser.parse(PySource.read(NN_PRELUDE), true);
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

    /** __import__(name, globals, locals, fromlist, level): the package for a plain import, the module itself with a fromlist. */
    static Object importFn(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        Builtins.onlyKw(in, "__import__", kn, at, "name", "globals", "locals", "fromlist", "level");
        Builtins.count(in, "__import__", a, 0, 5, at);
        Object n = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "name");
        if (n == null) {
            throw in.error("TypeError", "__import__() missing required argument 'name' (pos 1)", at);
        }
        if (!(n instanceof String)) {
            throw in.error("TypeError", "__import__() argument 1 must be str, not " + in.typeName(n), at);
        }
        String name = (String) n;
        if (name.isEmpty()) {
            throw in.error("ValueError", "Empty module name", at);
        }
        Object from = a.length > 3 ? a[3] : Builtins.kw(kn, kv, "fromlist");
        PyModule m = module(in, name, at);
        if (from != null && from != Py.NONE && in.truthy(from) || name.indexOf('.') < 0) {
            return m;
        }
        return module(in, name.substring(0, name.indexOf('.')), at);
    }
}
