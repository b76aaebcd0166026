package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * Library modules written in Python and run by the interpreter: collections (defaultdict, Counter, OrderedDict,
 * deque as classes over a dict or list; namedtuple builds a class from source), heapq, and functools' Python
 * half (cmp_to_key, wraps). Text instead of Java classes: less page script, and CPython's semantics are easy to
 * check by running the same source under CPython.
 */
final class Preludes {
    private Preludes() {
    }

    static final String COLLECTIONS = "collections.py"; // in dev/backprop/lang/py/

    static final String HEAPQ = "heapq.py"; // in dev/backprop/lang/py/

    static final String FUNCTOOLS = "functools.py"; // in dev/backprop/lang/py/

    private static boolean isKeyword(String f) {
        return (" False None True and as assert async await break class continue def del elif else except finally for from"
                + " global if import in is lambda nonlocal not or pass raise return try while with yield ").contains(" " + f + " ");
    }

    private static final LinkedHashMap<String, List<Ast.Stmt>> PARSED = new LinkedHashMap<>();

    /** Runs a module's Python file (dev/backprop/lang/py/, parsed once) into {@code m}: its public names. */
    static LinkedHashMap<String, Object> runFile(Interp in, String file, PyModule m) {
        List<Ast.Stmt> ast = PARSED.get(file);
        if (ast == null) {
            ast = Parser.parse(PySource.read(file), true);
            PARSED.put(file, ast);
        }
        return exec(in, ast, m);
    }

    /** Runs Python source made for one call (namedtuple's and dataclasses' classes) into {@code m}. */
    static LinkedHashMap<String, Object> run(Interp in, String src, PyModule m) {
        return exec(in, Parser.parse(src, true), m);
    }

    /** Runs parsed module code into {@code m}: its public names. */
    static LinkedHashMap<String, Object> exec(Interp in, List<Ast.Stmt> ast, PyModule m) {
        LinkedHashMap<String, Object> g = new LinkedHashMap<>(m.attrs);
        Ast.execBlock(ast, in, Frame.module(g, true));
        for (java.util.Map.Entry<String, Object> e : g.entrySet()) {
            if (!e.getKey().startsWith("__")) {
                m.attrs.put(e.getKey(), e.getValue());
            }
        }
        return g;
    }

    /** collections.namedtuple: a subclass of the prelude's _NT with the fields as __init__ parameters. */
    static Object namedtuple(Interp in, PyModule coll, Object[] a, String[] kn, Object[] kv, Node at) {
        Builtins.onlyKw(in, "namedtuple", kn, at, "typename", "field_names", "rename", "defaults", "module");
        Builtins.count(in, "namedtuple", a, 0, 2, at);
        Object tn = a.length > 0 ? a[0] : Builtins.kw(kn, kv, "typename");
        Object fn = a.length > 1 ? a[1] : Builtins.kw(kn, kv, "field_names");
        if (tn == null || fn == null) {
            throw in.error("TypeError", "namedtuple() missing required argument: '" + (tn == null ? "typename" : "field_names") + "'", at);
        }
        String name = in.str(tn);
        ArrayList<String> fields = new ArrayList<>();
        if (fn instanceof String) {
            for (Object f : ((PyList) Methods.str(in, ((String) fn).replace(',', ' '), "split", new Object[0], new String[0],
                    new Object[0], at)).items) {
                fields.add((String) f);
            }
        } else {
            for (Object f : in.toList(fn, at)) {
                fields.add(in.str(f));
            }
        }
        ArrayList<String> all = new ArrayList<>(fields);
        all.add(0, name);
        for (String f : all) {
            if (!(Boolean) Methods.str(in, f, "isidentifier", new Object[0], new String[0], new Object[0], at) || isKeyword(f)) {
                throw in.error("ValueError", isKeyword(f) ? "Type names and field names cannot be a keyword: '" + f + "'"
                        : "Type names and field names must be valid identifiers: '" + f + "'", at);
            }
        }
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).startsWith("_")) {
                throw in.error("ValueError", "Field names cannot start with an underscore: '" + fields.get(i) + "'", at);
            }
            if (fields.indexOf(fields.get(i)) < i) {
                throw in.error("ValueError", "Encountered duplicate field name: '" + fields.get(i) + "'", at);
            }
        }
        Object dO = Builtins.kw(kn, kv, "defaults");
        ArrayList<Object> defaults = dO == null || dO == Py.NONE ? new ArrayList<>() : in.toList(dO, at);
        if (defaults.size() > fields.size()) {
            throw in.error("TypeError", "Got more default values than field names", at);
        }
        StringBuilder src = new StringBuilder("class " + name + "(_NT):\n    _fields = (");
        StringBuilder init = new StringBuilder("    def __init__(self");
        StringBuilder body = new StringBuilder();
        PyModule scope = new PyModule("collections");
        scope.attrs.put("_NT", coll.attrs.get("_NT"));
        for (int i = 0; i < fields.size(); i++) {
            String f = fields.get(i);
            src.append('\'').append(f).append("',");
            init.append(", ").append(f);
            int d = i - (fields.size() - defaults.size());
            if (d >= 0) {
                init.append("=_d").append(d);
                scope.attrs.put("_d" + d, defaults.get(d));
            }
            body.append("        self.").append(f).append(" = ").append(f).append('\n');
        }
        src.append(")\n    __match_args__ = _fields\n").append(init).append("):\n").append(body.length() == 0 ? "        pass\n" : body);
        return run(in, src.toString(), scope).get(name);
    }
}
