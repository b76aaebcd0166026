package dev.backprop.lang;

import dev.backprop.py.Chars;
import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/** The built-in functions and types. */
final class Builtins {
    private Builtins() {
    }

    /**
     * Every built-in function of the language (built-ins, math, random, sys, ...) by number: one class for all
     * instead of a lambda class each (less page script). {@code x}, {@code y}: what a function works on.
     */
    static final class Op implements Fn {
        private final int op;
        private final Object x;
        private final Object y;

        Op(int op) {
            this(op, null, null);
        }

        Op(int op, Object x, Object y) {
            this.op = op;
            this.x = x;
            this.y = y;
        }

        @Override
        public Object call(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
            if (op >= FUNCTOOLS) {
                return Functools.call(op - FUNCTOOLS, x, y, in, a, kn, kv, at);
            }
            if (op >= ITERTOOLS) {
                return Itertools.call(op - ITERTOOLS, in, a, kn, kv, at);
            }
            if (op >= RANDOM) {
                return RandomModule.call(op - RANDOM, (dev.backprop.py.PyRandom) x, in, a, kn, kv, at);
            }
            if (op >= MATH) {
                return MathModule.call(op - MATH, in, a, kn, kv, at);
            }
            if (op >= SYS) {
                return Modules.call(op - SYS, x, in, a, kn, kv, at);
            }
            if (op == EXC_NEW) {
                PyType t = ((PyType[]) x)[0];
                if (kn.length > 0) {
                    throw in.error("TypeError", t.name + "() takes no keyword arguments", at);
                }
                String msg = a.length == 0 ? null : a.length == 1 ? (t.name.equals("KeyError") ? in.repr(a[0]) : in.str(a[0])) : in.repr(new PyTuple(a));
                return new PyExc(t, msg, a.clone());
            }
            if (op == NO_INSTANCES) {
                throw in.error("TypeError", "cannot create '" + (String) x + "' instances", at);
            }
            if (op == BOUND) {
                return in.callMethod(x, (String) y, a, kn, kv, at);
            }
            return Builtins.call(op, in, a, kn, kv, at);
        }
    }

    /** The iterators of zip, enumerate, map and filter: one class with a kind (less page script than four). */
    private static final class Iter implements Iterator<Object> {
        private final int kind;
        private final Interp in;
        private final Node at;
        private final Object fn;                     // map, filter
        private final List<Iterator<Object>> its;    // zip, map
        private final Iterator<Object> it;           // enumerate, filter
        private long i;                              // enumerate's count
        private Object[] nextItem;                   // zip
        private boolean done;                        // zip
        private Object pending;                      // filter
        private boolean has;                         // filter, iter(f, sentinel)
        Object sentinel;                             // iter(f, sentinel)
        boolean strict;                              // zip(strict=True)

        Iter(int kind, Interp in, Node at, Object fn, List<Iterator<Object>> its, Iterator<Object> it, long start) {
            this.kind = kind;
            this.in = in;
            this.at = at;
            this.fn = fn;
            this.its = its;
            this.it = it;
            this.i = start;
        }

        private void fill() {
            if (nextItem != null || done) {
                return;
            }
            if (its.isEmpty()) {
                done = true;
                return;
            }
            Object[] t = new Object[its.size()];
            for (int k = 0; k < t.length; k++) {
                if (!its.get(k).hasNext()) {
                    done = true;
                    if (strict) {
                        strictCheck(k);
                    }
                    return;
                }
                t[k] = its.get(k).next();
            }
            nextItem = t;
        }

        /** zip(strict=True): iterator k ran out; the others must have too (CPython's messages). */
        private void strictCheck(int k) {
            if (k > 0) {
                throw in.error("ValueError", "zip() argument " + (k + 1) + " is shorter than argument" + (k == 1 ? " 1" : "s 1-" + k), at);
            }
            for (int j = 1; j < its.size(); j++) {
                if (its.get(j).hasNext()) {
                    throw in.error("ValueError", "zip() argument " + (j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + j), at);
                }
            }
        }

        @Override
        public boolean hasNext() {
            if (kind == SENTINEL) {
                if (!has && !done) {
                    Object v = in.call(fn, Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                    done = in.pyEquals(v, sentinel);
                    has = !done;
                    pending = v;
                }
                return has;
            }
            if (kind == ZIP) {
                fill();
                return !done;
            }
            if (kind == ENUMERATE) {
                return it.hasNext();
            }
            if (kind == MAP) {
                for (Iterator<Object> x : its) {
                    if (!x.hasNext()) {
                        return false;
                    }
                }
                return true;
            }
            while (!has && it.hasNext()) { // filter
                Object x = it.next();
                in.step(at);
                Object keep = fn == Py.NONE ? x : in.call(fn, new Object[] {x}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                if (in.truthy(keep)) {
                    pending = x;
                    has = true;
                }
            }
            return has;
        }

        @Override
        public Object next() {
            if (kind == ZIP) {
                fill();
                if (done) {
                    throw new NoSuchElementException();
                }
                Object[] t = nextItem;
                nextItem = null;
                return new PyTuple(t);
            }
            if (kind == ENUMERATE) {
                return new PyTuple(new Object[] {i++, it.next()});
            }
            if (kind == MAP) {
                Object[] args = new Object[its.size()];
                for (int k = 0; k < args.length; k++) {
                    args[k] = its.get(k).next();
                }
                return in.call(fn, args, Interp.NO_NAMES, Interp.NO_ARGS, at);
            }
            if (!hasNext()) { // filter, iter(f, sentinel)
                throw new NoSuchElementException();
            }
            has = false;
            return pending;
        }
    }

    // number ranges of Op: math's and random's functions (their own numbers plus these), sys's
    static final int SYS = 100;
    static final int MATH = 200;
    static final int RANDOM = 300;
    static final int ITERTOOLS = 400;
    static final int FUNCTOOLS = 500;
    // Ops on x, y
    private static final int EXC_NEW = 90;       // an exception type's constructor (x: the type, in an array)
    private static final int NO_INSTANCES = 91;  // type(x)'s type for a non-class value (x: its name)
    static final int BOUND = 92;                 // a built-in method bound to x (y: its name)

    // the built-ins' numbers in call()'s switch (an int switch: smaller script than one on names)
    private static final int OBJECT = 0;
    private static final int PRINT = 1;
    private static final int RANGE = 2;
    private static final int LEN = 3;
    private static final int SUM = 4;
    private static final int ZIP = 5;
    private static final int ENUMERATE = 6;
    private static final int MAP = 7;
    private static final int FILTER = 8;
    private static final int SORTED = 9;
    private static final int REVERSED = 10;
    private static final int ANY = 11;
    private static final int ALL = 12;
    private static final int MIN = 13;
    private static final int MAX = 14;
    private static final int ABS = 15;
    private static final int INT = 16;
    private static final int BOOL = 17;
    private static final int FLOAT = 18;
    private static final int STR = 19;
    private static final int REPR = 20;
    private static final int FORMAT = 21;
    private static final int LIST = 22;
    private static final int TUPLE = 23;
    private static final int SET = 24;
    private static final int FROZENSET = 25;
    private static final int DICT = 26;
    private static final int TYPE = 27;
    private static final int ISINSTANCE = 28;
    private static final int ISSUBCLASS = 29;
    private static final int ROUND = 30;
    private static final int HASATTR = 31;
    private static final int GETATTR = 32;
    private static final int SETATTR = 33;
    private static final int ID = 34;
    private static final int HASH = 35;
    private static final int POW = 36;
    private static final int DIVMOD = 37;
    private static final int CHR = 38;
    private static final int ORD = 39;
    private static final int ITER = 40;
    private static final int NEXT = 41;
    private static final int CALLABLE = 42;
    private static final int PROPERTY = 43;
    private static final int CLASSMETHOD = 44;
    private static final int STATICMETHOD = 45;
    private static final int SUPER = 46;
    private static final int EXIT = 47;
    private static final int QUIT = 48;
    private static final int INPUT = 49;
    private static final int OPEN = 50;
    private static final int VALUE = 51;
    private static final int DRAW_DOT = 52;
    private static final int SENTINEL = 59;      // Iter's kind for iter(f, sentinel)
    private static final int HEX = 53;
    private static final int BIN = 54;
    private static final int OCT = 55;
    private static final int ASCII = 56;
    private static final int DIR = 57;
    private static final int VARS = 58;

    private static void def(Interp in, String name, int op) {
        in.builtins.put(name, new PyBuiltin(name, new Op(op)));
    }

    private static PyType type(Interp in, String name, PyType base, int op) {
        return type(in, name, base, new Op(op));
    }

    static PyType type(Interp in, String name, PyType base, Fn fn) {
        PyType t = new PyType(name, base, fn);
        in.builtins.put(name, t);
        return t;
    }

    /** A one-character str for %c: one char or one surrogate pair (not String.codePointCount: less page script). */
    private static boolean oneCodePoint(String s) {
        return s.length() == 1 || s.length() == 2 && s.charAt(0) >= 0xd800 && s.charAt(0) < 0xdc00
                && s.charAt(1) >= 0xdc00 && s.charAt(1) < 0xe000;
    }

    /** dir() names of an instance of an empty class, CPython 3.11's. */
    private static final String[] OBJECT_DIR = {"__class__", "__delattr__", "__dict__", "__dir__", "__doc__", "__eq__",
        "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__", "__init_subclass__",
        "__le__", "__lt__", "__module__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__", "__setattr__",
        "__sizeof__", "__str__", "__subclasshook__", "__weakref__"};

    private static final long HASH_P = (1L << 61) - 1; // CPython's numeric hash modulus

    /** hash(): CPython's for numbers (modulus 2**61-1) and tuples of them (xxHash's lanes); __hash__ of objects. */
    static long hash(Interp in, Object o, Node at) {
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__hash__") == Py.NONE) {
            throw in.error("TypeError", "unhashable type: '" + in.typeName(o) + "'", at);
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__hash__") != null) {
            Object h = in.callMethod(o, "__hash__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
            if (!Interp.isIntLike(h)) {
                throw in.error("TypeError", "__hash__ method should return an integer", at);
            }
            if (h instanceof BigInt) {
                return Ints.hash(h); // CPython hashes a too large __hash__ result again
            }
            long v = Interp.toLong(h);
            return v == -1 ? -2 : v;
        }
        if (Interp.isIntLike(o)) {
            return Ints.hash(o);
        }
        if (o instanceof Double) {
            double v = (Double) o;
            if (Double.isInfinite(v)) {
                return v > 0 ? 314159 : -314159;
            }
            if (Double.isNaN(v)) {
                return System.identityHashCode(o);
            }
            if (v == 0) {
                return 0;
            }
            int sign = v < 0 ? -1 : 1;
            Object[] fr = ((PyTuple) MathMore.split(1, Math.abs(v))).items; // frexp: m in [0.5, 1)
            double m = (Double) fr[0];
            int e = (int) (long) (Long) fr[1];
            long x = 0;
            while (m != 0) {
                x = ((x << 28) & HASH_P) | x >>> (61 - 28);
                m *= 268435456.0;
                e -= 28;
                long y = (long) m;
                m -= y;
                x += y;
                if (x >= HASH_P) {
                    x -= HASH_P;
                }
            }
            e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
            x = ((x << e) & HASH_P) | x >>> (61 - e);
            x *= sign;
            return x == -1 ? -2 : x;
        }
        if (o instanceof PyTuple) {
            Object[] items = ((PyTuple) o).items;
            long acc = 2870177450012600261L;
            for (Object it : items) {
                acc += hash(in, it, at) * -4417276706812531889L;
                acc = Long.rotateLeft(acc, 31);
                acc *= -7046029288634856825L;
            }
            acc += items.length ^ (2870177450012600261L ^ 3527539L);
            return acc == -1 ? 1546275796 : acc;
        }
        return in.hashKey(o, at).hashCode();
    }

    /** type(name, bases, dict): a class made at run time, as a class statement would make it. */
    static PyClass newType(Interp in, Object[] a, Node at) {
        if (!(a[0] instanceof String)) {
            throw in.error("TypeError", "type.__new__() argument 1 must be str, not " + in.typeName(a[0]), at);
        }
        if (!(a[1] instanceof PyTuple)) {
            throw in.error("TypeError", "type.__new__() argument 2 must be tuple, not " + in.typeName(a[1]), at);
        }
        if (!(a[2] instanceof PyDict)) {
            throw in.error("TypeError", "type.__new__() argument 3 must be dict, not " + in.typeName(a[2]), at);
        }
        ArrayList<PyClass> bases = new ArrayList<>();
        boolean derivesType = false;
        for (Object b : ((PyTuple) a[1]).items) {
            if (b instanceof PyClass) {
                bases.add((PyClass) b);
            } else if (b instanceof PyType && ((PyType) b).name.equals("type")) {
                derivesType = true;
            } else if (!(b instanceof PyType && ((PyType) b).name.equals("object"))) {
                throw in.error("TypeError", "the playground's classes can only inherit from classes defined in the program", at);
            }
        }
        java.util.HashMap<String, Object> dict = new java.util.HashMap<>();
        for (Object[] e : ((PyDict) a[2]).map.values()) {
            if (!(e[0] instanceof String)) {
                throw in.error("TypeError", "type.__new__() argument 3 must have str keys", at);
            }
            dict.put((String) e[0], e[1]);
        }
        dict.putIfAbsent("__doc__", Py.NONE);
        if (dict.containsKey("__eq__") && !dict.containsKey("__hash__")) {
            dict.put("__hash__", Py.NONE);
        }
        PyClass c;
        try {
            c = new PyClass((String) a[0], bases.toArray(new PyClass[0]), dict, "__main__");
        } catch (IllegalArgumentException e) {
            throw in.error("TypeError", e.getMessage(), at);
        }
        c.in = in;
        c.derivesType = derivesType;
        for (int i = 1; i < c.mro.length && c.meta == null; i++) {
            c.meta = c.mro[i].meta; // a class made by a metaclass passes it on
        }
        for (Object v : dict.values()) {
            if (v instanceof PyFunc && ((PyFunc) v).owner == null) {
                ((PyFunc) v).owner = c;
            }
        }
        return c;
    }

    /** chr(): one char, or a surrogate pair past the BMP. */
    static String chr(Interp in, long c, Node at) {
        if (c < 0 || c > 0x10ffff) {
            throw in.error("ValueError", "chr() arg not in range(0x110000)", at);
        }
        return c < 0x10000 ? String.valueOf((char) c) : new String(new char[] {(char) (0xd7c0 + (c >> 10)), (char) (0xdc00 | (c & 0x3ff))});
    }

    static void noKw(Interp in, String name, String[] kn, Node at) {
        if (kn.length > 0) {
            throw in.error("TypeError", name + "() takes no keyword arguments", at);
        }
    }

    static void count(Interp in, String name, Object[] a, int min, int max, Node at) {
        if (a.length < min) {
            throw in.error("TypeError", name + "() takes " + (min == max ? "exactly " : "at least ") + min + " argument" + (min == 1 ? "" : "s") + " (" + a.length + " given)", at);
        }
        if (a.length > max) {
            throw in.error("TypeError", name + "() takes " + (min == max ? "exactly " : "at most ") + max + " argument" + (max == 1 ? "" : "s") + " (" + a.length + " given)", at);
        }
    }

    static Object kw(String[] kn, Object[] kv, String name) {
        return Methods.kw(kn, kv, name);
    }

    static void onlyKw(Interp in, String fn, String[] kn, Node at, String... allowed) {
        for (String k : kn) {
            if (!Arrays.asList(allowed).contains(k)) {
                throw in.error("TypeError", "'" + k + "' is an invalid keyword argument for " + fn + "()", at);
            }
        }
    }

    static long intArg(Interp in, Object o, Node at) {
        if (Interp.isIntLike(o)) {
            return Interp.toLong(o);
        }
        throw in.error("TypeError", "'" + in.typeName(o) + "' object cannot be interpreted as an integer", at);
    }

    static double realArg(Interp in, Object o, Node at) {
        if (Interp.isNumber(o)) {
            return Interp.toDouble(o);
        }
        throw in.error("TypeError", "must be real number, not " + in.typeName(o), at);
    }

    static final String[] EXCEPTIONS = {
        "BaseException", null, "Exception", "BaseException", "ArithmeticError", "Exception",
        "ZeroDivisionError", "ArithmeticError", "OverflowError", "ArithmeticError", "AssertionError", "Exception",
        "AttributeError", "Exception", "LookupError", "Exception", "IndexError", "LookupError", "KeyError", "LookupError",
        "NameError", "Exception", "UnboundLocalError", "NameError", "TypeError", "Exception", "ValueError", "Exception",
        "RuntimeError", "Exception", "RecursionError", "RuntimeError", "NotImplementedError", "RuntimeError",
        "ImportError", "Exception", "ModuleNotFoundError", "ImportError", "StopIteration", "Exception",
        "MemoryError", "Exception", "SyntaxError", "Exception", "KeyboardInterrupt", "BaseException",
        "GeneratorExit", "BaseException", "OSError", "Exception", "FileNotFoundError", "OSError",
        "PermissionError", "OSError", "TimeoutError", "OSError", "ConnectionError", "OSError", "EOFError", "Exception",
        "UnicodeError", "ValueError", "UnicodeEncodeError", "UnicodeError", "UnicodeDecodeError", "UnicodeError", "FloatingPointError", "ArithmeticError", "IndentationError", "SyntaxError",
        "Warning", "Exception", "UserWarning", "Warning", "DeprecationWarning", "Warning", "RuntimeWarning", "Warning",
    };

    static boolean isExceptionType(PyType t) {
        for (PyType k = t; k != null; k = k.base) {
            if (k.name.equals("BaseException")) {
                return true;
            }
        }
        return false;
    }

    static PyType exceptionType(Interp in, String kind) {
        Object t = in.builtins.get(kind);
        if (t instanceof PyType && isExceptionType((PyType) t)) {
            return (PyType) t;
        }
        return (PyType) in.builtins.get("Exception");
    }

    static void install(Interp in) {
        for (int i = 0; i < EXCEPTIONS.length; i += 2) {
            String name = EXCEPTIONS[i];
            PyType base = EXCEPTIONS[i + 1] == null ? null : (PyType) in.builtins.get(EXCEPTIONS[i + 1]);
            PyType[] self = new PyType[1];
            self[0] = type(in, name, base, new Op(EXC_NEW, self, null));
        }
        in.builtins.put("NotImplemented", Interp.NOT_IMPLEMENTED);
        type(in, "object", null, OBJECT);

        def(in, "print", PRINT);
        type(in, "range", null, RANGE);
        def(in, "len", LEN);
        def(in, "sum", SUM);
        def(in, "zip", ZIP);
        def(in, "enumerate", ENUMERATE);
        def(in, "map", MAP);
        def(in, "filter", FILTER);
        def(in, "sorted", SORTED);
        def(in, "reversed", REVERSED);
        def(in, "any", ANY);
        def(in, "all", ALL);
        def(in, "min", MIN);
        def(in, "max", MAX);
        def(in, "abs", ABS);
        PyType intType = type(in, "int", null, INT);
        type(in, "bool", intType, BOOL);
        type(in, "float", null, FLOAT);
        type(in, "str", null, STR);
        def(in, "repr", REPR);
        def(in, "format", FORMAT);
        type(in, "list", null, LIST);
        type(in, "tuple", null, TUPLE);
        type(in, "set", null, SET);
        type(in, "frozenset", null, FROZENSET);
        type(in, "dict", null, DICT);
        type(in, "type", null, TYPE);
        def(in, "isinstance", ISINSTANCE);
        def(in, "issubclass", ISSUBCLASS);
        def(in, "round", ROUND);
        def(in, "hasattr", HASATTR);
        def(in, "getattr", GETATTR);
        def(in, "setattr", SETATTR);
        def(in, "id", ID);
        def(in, "hash", HASH);
        def(in, "pow", POW);
        def(in, "divmod", DIVMOD);
        def(in, "chr", CHR);
        def(in, "ord", ORD);
        def(in, "iter", ITER);
        def(in, "next", NEXT);
        def(in, "callable", CALLABLE);
        type(in, "property", null, PROPERTY);
        type(in, "classmethod", null, CLASSMETHOD);
        type(in, "staticmethod", null, STATICMETHOD);
        def(in, "super", SUPER);
        def(in, "exit", EXIT);
        def(in, "quit", QUIT);
        def(in, "input", INPUT);
        def(in, "open", OPEN);
        type(in, "Value", null, VALUE);
        def(in, "draw_dot", DRAW_DOT);
        def(in, "hex", HEX);
        def(in, "bin", BIN);
        def(in, "oct", OCT);
        def(in, "ascii", ASCII);
        def(in, "dir", DIR);
        def(in, "vars", VARS);
        in.builtins.put("delattr", new PyBuiltin("delattr", (in2, a, kn, kv, at) -> {
            noKw(in2, "delattr", kn, at);
            count(in2, "delattr", a, 2, 2, at);
            if (!(a[1] instanceof String)) {
                throw in2.error("TypeError", "attribute name must be string, not '" + in2.typeName(a[1]) + "'", at);
            }
            Attrs.del(in2, a[0], (String) a[1], at);
            return Py.NONE;
        }));
        type(in, "slice", null, (in2, a, kn, kv, at) -> {
            noKw(in2, "slice", kn, at);
            if (a.length == 0) {
                throw in2.error("TypeError", "slice expected at least 1 argument, got 0", at);
            }
            count(in2, "slice", a, 1, 3, at);
            Object[] p = new Object[3];
            for (int i = 0; i < 3; i++) {
                p[i] = a.length == 1 ? (i == 1 ? a[0] : Py.NONE) : i < a.length ? a[i] : Py.NONE;
            }
            return new Interp.Slice(p[0], p[1], p[2]);
        });
        in.builtins.put("__import__", new PyBuiltin("__import__", (in2, a, kn, kv, at) -> Modules.importFn(in2, a, kn, kv, at)));
        Bytes.Loader bytes = new Bytes.Loader(in); // made when a program first names bytes or writes b'...'
        in.builtins.put("bytes", bytes);
        in.builtins.put(Bytes.LITERAL, bytes);
    }

    /** The built-in functions and types, dispatched by number (one class instead of a lambda class each: less page script). */
    static Object call(int op, Interp in2, Object[] a, String[] kn, Object[] kv, Node at) {
        switch (op) {
            case OBJECT: {
                return new PyObj(new PyClass("object", new PyClass[0], new java.util.HashMap<>(), "builtins"), ++in2.objSerial);
            }
            case PRINT: {
                onlyKw(in2, "print", kn, at, "sep", "end", "flush", "file");
                Object sepO = kw(kn, kv, "sep");
                Object endO = kw(kn, kv, "end");
                String sep = sepO == null || sepO == Py.NONE ? " " : in2.str(sepO);
                String end = endO == null || endO == Py.NONE ? "\n" : in2.str(endO);
                if (sepO != null && sepO != Py.NONE && !(sepO instanceof String)) {
                    throw in2.error("TypeError", "sep must be None or a string, not " + in2.typeName(sepO), at);
                }
                if (endO != null && endO != Py.NONE && !(endO instanceof String)) {
                    throw in2.error("TypeError", "end must be None or a string, not " + in2.typeName(endO), at);
                }
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < a.length; i++) {
                    if (i > 0) {
                        sb.append(sep);
                    }
                    sb.append(in2.str(a[i]));
                }
                sb.append(end);
                Object file = kw(kn, kv, "file");
                if (file == null || file == Py.NONE) {
                    in2.print(sb.toString());
                } else if (file instanceof PyModule && ((PyModule) file).name.equals("sys.stderr")) {
                    in2.printErr(sb.toString());
                } else if (file instanceof PyModule && ((PyModule) file).name.equals("sys.stdout")) {
                    in2.print(sb.toString());
                } else {
                    in2.callMethod(file, "write", new Object[] {sb.toString()}, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
                return Py.NONE;
            }
            case RANGE: {
                noKw(in2, "range", kn, at);
                count(in2, "range", a, 1, 3, at);
                long start = 0;
                long stop;
                long step = 1;
                if (a.length == 1) {
                    stop = intArg(in2, a[0], at);
                } else {
                    start = intArg(in2, a[0], at);
                    stop = intArg(in2, a[1], at);
                    if (a.length == 3) {
                        step = intArg(in2, a[2], at);
                        if (step == 0) {
                            throw in2.error("ValueError", "range() arg 3 must not be zero", at);
                        }
                    }
                }
                return new PyRange(start, stop, step);
            }
            case LEN: {
                noKw(in2, "len", kn, at);
                count(in2, "len", a, 1, 1, at);
                return len(in2, a[0], at);
            }
            case SUM: {
                onlyKw(in2, "sum", kn, at, "start");
                count(in2, "sum", a, 1, 2, at);
                Object acc = a.length > 1 ? a[1] : kw(kn, kv, "start") != null ? kw(kn, kv, "start") : (Object) 0L;
                if (acc instanceof String) {
                    throw in2.error("TypeError", "sum() can't sum strings [use ''.join(seq) instead]", at);
                }
                Iterator<Object> it = in2.iter(a[0], at);
                while (it.hasNext()) {
                    in2.step(at);
                    acc = in2.binop(Ast.ADD, acc, it.next(), at);
                }
                return acc;
            }
            case ZIP: {
                onlyKw(in2, "zip", kn, at, "strict");
                List<Iterator<Object>> its = new ArrayList<>();
                for (Object o : a) {
                    its.add(in2.iter(o, at));
                }
                Iter zip = new Iter(ZIP, in2, at, null, its, null, 0);
                Object strict = kw(kn, kv, "strict");
                zip.strict = strict != null && in2.truthy(strict);
                return new PyIter("zip", zip);
            }
            case ENUMERATE: {
                onlyKw(in2, "enumerate", kn, at, "start");
                count(in2, "enumerate", a, 1, 2, at);
                Object st = a.length > 1 ? a[1] : kw(kn, kv, "start");
                long start = st == null ? 0 : intArg(in2, st, at);
                Iterator<Object> it = in2.iter(a[0], at);
                return new PyIter("enumerate", new Iter(ENUMERATE, in2, at, null, null, it, start));
            }
            case MAP: {
                noKw(in2, "map", kn, at);
                count(in2, "map", a, 2, Integer.MAX_VALUE, at);
                Object fn = a[0];
                List<Iterator<Object>> its = new ArrayList<>();
                for (int i = 1; i < a.length; i++) {
                    its.add(in2.iter(a[i], at));
                }
                return new PyIter("map", new Iter(MAP, in2, at, fn, its, null, 0));
            }
            case FILTER: {
                noKw(in2, "filter", kn, at);
                count(in2, "filter", a, 2, 2, at);
                Object fn = a[0];
                Iterator<Object> it = in2.iter(a[1], at);
                return new PyIter("filter", new Iter(FILTER, in2, at, fn, null, it, 0));
            }
            case SORTED: {
                onlyKw(in2, "sorted", kn, at, "key", "reverse");
                count(in2, "sorted", a, 1, 1, at);
                Object key = kw(kn, kv, "key");
                Object rev = kw(kn, kv, "reverse");
                return new PyList(sort(in2, in2.toList(a[0], at), key == null ? Py.NONE : key, rev != null && in2.truthy(rev), at));
            }
            case REVERSED: {
                noKw(in2, "reversed", kn, at);
                count(in2, "reversed", a, 1, 1, at);
                if (a[0] instanceof PyObj) {
                    PyClass c = ((PyObj) a[0]).cls;
                    if (c.lookup("__reversed__") != null) {
                        return in2.callMethod(a[0], "__reversed__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                    }
                    if (c.lookup("__len__") == null || c.lookup("__getitem__") == null) {
                        throw in2.error("TypeError", "'" + in2.typeName(a[0]) + "' object is not reversible", at);
                    }
                    // the sequence protocol backwards: __getitem__(len-1) down to 0
                    ArrayList<Object> r = new ArrayList<>();
                    for (long i = in2.objLen(a[0], at) - 1; i >= 0; i--) {
                        in2.step(at);
                        r.add(in2.callMethod(a[0], "__getitem__", new Object[] {i}, Interp.NO_NAMES, Interp.NO_ARGS, at));
                    }
                    return new PyIter("reversed", r.iterator());
                }
                if (a[0] instanceof PyDict || a[0] instanceof PySet || a[0] instanceof PyIter) {
                    throw in2.error("TypeError", "'" + in2.typeName(a[0]) + "' object is not reversible", at);
                }
                ArrayList<Object> l = in2.toList(a[0], at);
                java.util.Collections.reverse(l);
                return new PyIter("list_reverseiterator", l.iterator());
            }
            case ANY: {
                count(in2, "any", a, 1, 1, at);
                Iterator<Object> it = in2.iter(a[0], at);
                while (it.hasNext()) {
                    in2.step(at);
                    if (in2.truthy(it.next())) {
                        return true;
                    }
                }
                return false;
            }
            case ALL: {
                count(in2, "all", a, 1, 1, at);
                Iterator<Object> it = in2.iter(a[0], at);
                while (it.hasNext()) {
                    in2.step(at);
                    if (!in2.truthy(it.next())) {
                        return false;
                    }
                }
                return true;
            }
            case MIN: {
                return minMax(in2, "min", Ast.LT, a, kn, kv, at);
            }
            case MAX: {
                return minMax(in2, "max", Ast.GT, a, kn, kv, at);
            }
            case ABS: {
                count(in2, "abs", a, 1, 1, at);
                Object x = a[0];
                if (x instanceof Double) {
                    return Math.abs((Double) x);
                }
                if (Interp.isIntLike(x)) {
                    return Ints.big(x).signum() < 0 ? in2.unary(Ast.NEG, x, at) : x instanceof Boolean ? (Object) Interp.toLong(x) : x;
                }
                if (x instanceof PyObj && ((PyObj) x).cls.lookup("__abs__") != null) {
                    return in2.callMethod(x, "__abs__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
                throw in2.error("TypeError", "bad operand type for abs(): '" + in2.typeName(x) + "'", at);
            }
            case INT: {
                onlyKw(in2, "int", kn, at, "base");
                Object bk = kw(kn, kv, "base");
                if (bk != null) { // int('ff', base=16)
                    if (a.length == 0) {
                        throw in2.error("TypeError", "int() missing string argument", at);
                    }
                    a = Arrays.copyOf(a, a.length + 1);
                    a[a.length - 1] = bk;
                }
                count(in2, "int", a, 0, 2, at);
                if (a.length == 0) {
                    return 0L;
                }
                Object x = a[0];
                if (a.length == 2) {
                    if (!(x instanceof String)) {
                        throw in2.error("TypeError", "int() can't convert non-string with explicit base", at);
                    }
                    long base = intArg(in2, a[1], at);
                    if (base != 0 && (base < 2 || base > 36)) {
                        throw in2.error("ValueError", "int() base must be >= 2 and <= 36, or 0", at);
                    }
                    String t = ((String) x).trim().replace("_", "");
                    int sign = t.startsWith("-") ? 1 : t.startsWith("+") ? 1 : 0;
                    String body = t.substring(sign).toLowerCase();
                    char p = body.length() > 1 && body.charAt(0) == '0' ? body.charAt(1) : 0;
                    int pb = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
                    if (pb != 0 && (base == 0 || base == pb)) { // 0x/0o/0b prefixes, as literals
                        body = body.substring(2);
                        base = pb;
                    } else if (base == 0) {
                        base = 10;
                        if (body.length() > 1 && body.charAt(0) == '0' && body.replace("0", "").length() > 0) {
                            body = "!"; // a leading zero is not an octal literal
                        }
                    }
                    try {
                        return Ints.parse((t.startsWith("-") ? "-" : "") + body, (int) base);
                    } catch (NumberFormatException e) {
                        throw in2.error("ValueError", "invalid literal for int() with base " + intArg(in2, a[1], at) + ": " + in2.repr(x), at);
                    }
                }
                if (Interp.isIntLike(x)) {
                    return x instanceof Boolean ? (Object) Interp.toLong(x) : x;
                }
                if (x instanceof Double) {
                    double d = (Double) x;
                    if (Double.isNaN(d)) {
                        throw in2.error("ValueError", "cannot convert float NaN to integer", at);
                    }
                    if (Double.isInfinite(d)) {
                        throw in2.error("OverflowError", "cannot convert float infinity to integer", at);
                    }
                    return Ints.ofDouble(d);
                }
                if (x instanceof String) {
                    String s = ((String) x).trim().replace("_", "");
                    try {
                        if (s.startsWith("+")) {
                            s = s.substring(1);
                        }
                        if (Ints.tooManyDigits(s, 10)) {
                            throw in2.error("ValueError", "Exceeds the limit (4300 digits) for integer string conversion: value has "
                                    + (s.length() - (s.startsWith("-") ? 1 : 0)) + " digits; use sys.set_int_max_str_digits() to increase the limit", at);
                        }
                        return Ints.parse(s, 10);
                    } catch (NumberFormatException e) {
                        throw in2.error("ValueError", "invalid literal for int() with base 10: " + in2.repr(x), at);
                    }
                }
                if (x instanceof PyObj && ((PyObj) x).cls.lookup("__int__") != null) {
                    return in2.callMethod(x, "__int__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
                throw in2.error("TypeError", "int() argument must be a string, a bytes-like object or a real number, not '" + in2.typeName(x) + "'", at);
            }
            case BOOL: {
                count(in2, "bool", a, 0, 1, at);
                return a.length == 0 ? false : in2.truthy(a[0]);
            }
            case FLOAT: {
                count(in2, "float", a, 0, 1, at);
                if (a.length == 0) {
                    return 0.0;
                }
                Object x = a[0];
                if (Interp.isNumber(x)) {
                    return Interp.toDouble(x);
                }
                if (x instanceof String) {
                    return parseFloat(in2, (String) x, at);
                }
                if (x instanceof PyObj && ((PyObj) x).cls.lookup("__float__") != null) {
                    return in2.callMethod(x, "__float__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                }
                throw in2.error("TypeError", "float() argument must be a string or a real number, not '" + in2.typeName(x) + "'", at);
            }
            case STR: {
                onlyKw(in2, "str", kn, at, "object", "encoding", "errors");
                count(in2, "str", a, 0, 3, at);
                Object enc = a.length > 1 ? a[1] : kw(kn, kv, "encoding");
                Object err = a.length > 2 ? a[2] : kw(kn, kv, "errors");
                if (enc != null || err != null) { // str(b, 'utf-8'): decodes
                    String b = a.length == 0 ? "" : Bytes.of(a[0]);
                    if (b == null) {
                        throw in2.error("TypeError", "decoding to str: need a bytes-like object, " + in2.typeName(a[0]) + " found", at);
                    }
                    return Bytes.decode(in2, b, enc == null ? "utf-8" : enc, err == null ? "strict" : err, at);
                }
                return a.length == 0 ? "" : in2.str(a[0]);
            }
            case REPR: {
                count(in2, "repr", a, 1, 1, at);
                return in2.repr(a[0]);
            }
            case FORMAT: {
                count(in2, "format", a, 1, 2, at);
                return in2.format(a[0], a.length > 1 ? in2.str(a[1]) : "", at);
            }
            case LIST: {
                count(in2, "list", a, 0, 1, at);
                return new PyList(a.length == 0 ? new ArrayList<>() : in2.toList(a[0], at));
            }
            case TUPLE: {
                count(in2, "tuple", a, 0, 1, at);
                return a.length == 0 ? PyTuple.EMPTY : new PyTuple(in2.toList(a[0], at).toArray());
            }
            case SET: {
                count(in2, "set", a, 0, 1, at);
                PySet s = new PySet();
                if (a.length > 0) {
                    for (Object o : in2.toList(a[0], at)) {
                        in2.setAdd(s, o, at);
                    }
                }
                return s;
            }
            case FROZENSET: {
                count(in2, "frozenset", a, 0, 1, at);
                PySet s = new PySet();
                if (a.length > 0) {
                    for (Object o : in2.toList(a[0], at)) {
                        in2.setAdd(s, o, at);
                    }
                }
                s.frozen = true;
                return s;
            }
            case DICT: {
                count(in2, "dict", a, 0, 1, at);
                PyDict d = new PyDict();
                Methods.dict(in2, d, "update", a, kn, kv, at);
                return d;
            }
            case TYPE: {
                if (a.length == 3) {
                    return newType(in2, a, at);
                }
                if (a.length != 1) {
                    throw in2.error("TypeError", "type() takes 1 or 3 arguments", at);
                }
                Object x = a[0];
                if (x instanceof PyObj) {
                    return ((PyObj) x).cls;
                }
                if (x instanceof PyClass && ((PyClass) x).meta != null) {
                    return ((PyClass) x).meta;
                }
                Object t = in2.builtins.get(in2.typeName(x));
                if (t instanceof PyType) {
                    return t;
                }
                return new PyType(in2.typeName(x), null, new Op(NO_INSTANCES, in2.typeName(x), null));
            }
            case ISINSTANCE: {
                count(in2, "isinstance", a, 2, 2, at);
                return isinstance(in2, a[0], a[1], at);
            }
            case ISSUBCLASS: {
                count(in2, "issubclass", a, 2, 2, at);
                if (a[0] instanceof PyClass && a[1] instanceof PyClass) {
                    return ((PyClass) a[0]).isSubclassOf((PyClass) a[1]);
                }
                if (a[0] instanceof PyClass && a[1] instanceof PyType && ((PyType) a[1]).name.equals("tuple") && namedTuple((PyClass) a[0])) {
                    return true;
                }
                if (a[0] instanceof PyClass && ((PyClass) a[0]).exc != null && a[1] instanceof PyType) {
                    for (PyType t = ((PyClass) a[0]).exc; t != null; t = t.base) {
                        if (t == a[1]) {
                            return true;
                        }
                    }
                }
                if (a[0] instanceof PyType && a[1] instanceof PyType) {
                    for (PyType t = (PyType) a[0]; t != null; t = t.base) {
                        if (t == a[1]) {
                            return true;
                        }
                    }
                    return ((PyType) a[1]).name.equals("object");
                }
                return a[1] instanceof PyType && ((PyType) a[1]).name.equals("object");
            }
            case ROUND: {
                onlyKw(in2, "round", kn, at, "ndigits");
                count(in2, "round", a, 1, 2, at);
                Object nd = a.length > 1 ? a[1] : kw(kn, kv, "ndigits");
                return round(in2, a[0], nd == null ? Py.NONE : nd, at);
            }
            case HASATTR: {
                count(in2, "hasattr", a, 2, 2, at);
                try {
                    in2.getattr(a[0], in2.str(a[1]), at);
                    return true;
                } catch (PyException e) {
                    if (!e.kind.equals("AttributeError")) {
                        throw e;
                    }
                    return false;
                }
            }
            case GETATTR: {
                count(in2, "getattr", a, 2, 3, at);
                if (!(a[1] instanceof String)) {
                    throw in2.error("TypeError", "attribute name must be string, not '" + in2.typeName(a[1]) + "'", at);
                }
                try {
                    return in2.getattr(a[0], (String) a[1], at);
                } catch (PyException e) {
                    if (a.length == 3 && e.kind.equals("AttributeError")) {
                        return a[2];
                    }
                    throw e;
                }
            }
            case SETATTR: {
                count(in2, "setattr", a, 3, 3, at);
                in2.setattr(a[0], in2.str(a[1]), a[2], at);
                return Py.NONE;
            }
            case ID: {
                count(in2, "id", a, 1, 1, at);
                if (a[0] instanceof Py.PyObj) { // the address its repr shows, the same in every run (a page and its worker agree)
                    return Interp.addressOf((Py.PyObj) a[0]);
                }
                return a[0] instanceof Value ? 140000000000000L + ((Value) a[0]).id() * 16L : 140000000000000L + (System.identityHashCode(a[0]) & 0xffffffffL) * 16L;
            }
            case HASH: {
                count(in2, "hash", a, 1, 1, at);
                return hash(in2, a[0], at);
            }
            case POW: {
                count(in2, "pow", a, 2, 3, at);
                if (a.length == 3) {
                    if (!Interp.isIntLike(a[0]) || !Interp.isIntLike(a[1]) || !Interp.isIntLike(a[2])) {
                        throw in2.error("TypeError", "pow() 3rd argument not allowed unless all arguments are integers", at);
                    }
                    return Ints.powMod(in2, a[0], a[1], a[2], at);
                }
                return in2.binop(Ast.POW, a[0], a[1], at);
            }
            case DIVMOD: {
                count(in2, "divmod", a, 2, 2, at);
                return new PyTuple(new Object[] {in2.binop(Ast.FLOORDIV, a[0], a[1], at), in2.binop(Ast.MOD, a[0], a[1], at)});
            }
            case CHR: {
                count(in2, "chr", a, 1, 1, at);
                return chr(in2, intArg(in2, a[0], at), at);
            }
            case ORD: {
                count(in2, "ord", a, 1, 1, at);
                if (!(a[0] instanceof String)) {
                    String b = Bytes.of(a[0]);
                    if (b != null && b.length() == 1) {
                        return (long) b.charAt(0);
                    }
                    throw in2.error("TypeError", b != null ? "ord() expected a character, but string of length " + b.length() + " found"
                            : "ord() expected string of length 1, but " + in2.typeName(a[0]) + " found", at);
                }
                String c = (String) a[0];
                if (!oneCodePoint(c)) { // a surrogate pair is one character (outside the BMP)
                    throw in2.error("TypeError", "ord() expected a character, but string of length " + c.codePointCount(0, c.length()) + " found", at);
                }
                return (long) (c.length() == 1 ? c.charAt(0) : Character.toCodePoint(c.charAt(0), c.charAt(1)));
            }
            case ITER: {
                count(in2, "iter", a, 1, 2, at);
                if (a.length == 2) {
                    if (!(boolean) call(CALLABLE, in2, new Object[] {a[0]}, Interp.NO_NAMES, Interp.NO_ARGS, at)) {
                        throw in2.error("TypeError", "iter(v, w): v must be callable", at);
                    }
                    Iter it = new Iter(SENTINEL, in2, at, a[0], null, null, 0);
                    it.sentinel = a[1];
                    return new PyIter("callable_iterator", it);
                }
                if (a[0] instanceof PyIter) {
                    return a[0];
                }
                if (a[0] instanceof PyObj && ((PyObj) a[0]).cls.lookup("__iter__") != null) {
                    // iter() returns what __iter__ returns, once checked to be an iterator
                    Object r = in2.callMethod(a[0], "__iter__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                    if (r instanceof PyIter || r instanceof PyObj && ((PyObj) r).cls.lookup("__next__") != null) {
                        return r;
                    }
                    throw in2.error("TypeError", "iter() returned non-iterator of type '" + in2.typeName(r) + "'", at);
                }
                return new PyIter("iterator", in2.iter(a[0], at));
            }
            case NEXT: {
                count(in2, "next", a, 1, 2, at);
                if (a[0] instanceof PyObj && ((PyObj) a[0]).cls.lookup("__next__") != null) {
                    try {
                        return in2.callMethod(a[0], "__next__", Interp.NO_ARGS, Interp.NO_NAMES, Interp.NO_ARGS, at);
                    } catch (PyException e) {
                        if (a.length > 1 && e.kind.equals("StopIteration") && e.catchable()) {
                            return a[1];
                        }
                        throw e;
                    }
                }
                if (!(a[0] instanceof PyIter)) {
                    throw in2.error("TypeError", "'" + in2.typeName(a[0]) + "' object is not an iterator", at);
                }
                Gen g = Gen.of(a[0]);
                if (g != null) {
                    try {
                        return g.send(Py.NONE, at);
                    } catch (PyException e) {
                        if (a.length > 1 && e.catchable() && e.kind.equals("StopIteration")) {
                            return a[1];
                        }
                        throw e;
                    }
                }
                Iterator<Object> it = ((PyIter) a[0]).it;
                if (!it.hasNext()) {
                    if (a.length > 1) {
                        return a[1];
                    }
                    throw in2.error("StopIteration", "", at);
                }
                return it.next();
            }
            case HEX:
            case BIN:
            case OCT: {
                String name = op == HEX ? "hex" : op == BIN ? "bin" : "oct";
                count(in2, name, a, 1, 1, at);
                int radix = op == HEX ? 16 : op == BIN ? 2 : 8;
                String prefix = op == HEX ? "x" : op == BIN ? "b" : "o";
                if (a[0] instanceof BigInt) {
                    BigInt b = (BigInt) a[0];
                    return (b.signum() < 0 ? "-0" : "0") + prefix + b.abs().toString(radix);
                }
                long v = intArg(in2, a[0], at);
                String digits = v == Long.MIN_VALUE ? Long.toUnsignedString(v, radix) : Long.toString(Math.abs(v), radix);
                return (v < 0 ? "-0" : "0") + prefix + digits;
            }
            case ASCII: {
                count(in2, "ascii", a, 1, 1, at);
                String r = in2.repr(a[0]);
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < r.length(); i++) {
                    char c = r.charAt(i);
                    if (c < 128) {
                        sb.append(c);
                    } else {
                        String h = Integer.toHexString(c);
                        sb.append(c < 256 ? "\\x" : "\\u").append("0000".substring(0, (c < 256 ? 2 : 4) - h.length())).append(h);
                    }
                }
                return sb.toString();
            }
            case DIR: {
                count(in2, "dir", a, 1, 1, at);
                java.util.LinkedHashSet<Object> names = new java.util.LinkedHashSet<>(Attrs.dir(a[0]));
                if (a[0] instanceof PyModule) {
                    names.add("__name__");
                }
                if (a[0] instanceof PyObj || a[0] instanceof PyClass) {
                    names.addAll(Arrays.asList(OBJECT_DIR)); // what every class has from object and type()
                }
                return new PyList(sort(in2, new ArrayList<>(names), Py.NONE, false, at));
            }
            case VARS: {
                count(in2, "vars", a, 1, 1, at);
                if (a[0] instanceof PyClass || a[0] instanceof PyObj) {
                    return Attrs.get(in2, a[0], "__dict__", at); // an object's is live, a class's a copy
                }
                if (!(a[0] instanceof PyObj) && !(a[0] instanceof PyModule)) {
                    throw in2.error("TypeError", "vars() argument must have __dict__ attribute", at);
                }
                PyDict d = new PyDict();
                java.util.Map<String, Object> m = a[0] instanceof PyObj ? ((PyObj) a[0]).attrs : ((PyModule) a[0]).attrs;
                for (java.util.Map.Entry<String, Object> e : m.entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            }
            case CALLABLE: {
                count(in2, "callable", a, 1, 1, at);
                Object x = a[0];
                return x instanceof PyFunc || x instanceof PyBuiltin || x instanceof PyClass || x instanceof PyBound
                        || x instanceof PyObj && ((PyObj) x).cls.lookup("__call__") != null;
            }
            case PROPERTY: {
                onlyKw(in2, "property", kn, at, "fget", "fset", "fdel", "doc");
                count(in2, "property", a, 0, 4, at);
                Object[] p = new Object[4];
                String[] names = {"fget", "fset", "fdel", "doc"};
                for (int i = 0; i < 4; i++) {
                    Object v = i < a.length ? a[i] : kw(kn, kv, names[i]);
                    p[i] = v == Py.NONE ? null : v;
                }
                Object doc = p[3] == null && p[0] instanceof PyFunc ? Ast.docOf(((PyFunc) p[0]).body) : p[3];
                return new PyProperty(p[0], p[1], p[2], doc);
            }
            case CLASSMETHOD: {
                count(in2, "classmethod", a, 1, 1, at);
                return new PyClassMethod(a[0]);
            }
            case STATICMETHOD: {
                count(in2, "staticmethod", a, 1, 1, at);
                return new PyStaticMethod(a[0]);
            }
            case SUPER: {
                throw in2.error("RuntimeError", "super(): no arguments", at);
            }
            case EXIT:
            case QUIT:
                return in2.call(Modules.module(in2, "sys", at).attrs.get("exit"), a, kn, kv, at);
            case INPUT: {
                throw in2.error("RuntimeError", "input() is not available in the playground", at);
            }
            case OPEN: {
                throw in2.error("RuntimeError", "files are not available in the playground", at);
            }
            case VALUE: {
                return newValue(in2, a, kn, kv, at);
            }
            case DRAW_DOT: {
                if (a.length < 1 || !Nodes.node(a[0])) {
                    throw in2.error("TypeError", "draw_dot() expects a Value (or an object with data and _prev), got " + (a.length < 1 ? "nothing" : "'" + in2.typeName(a[0]) + "'"), at);
                }
                in2.drawn.add(a[0]);
                return Py.NONE;
            }
            default:
                throw new IllegalStateException("built-in " + op);
        }
    }


    static Object newValue(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        onlyKw(in, "Value", kn, at, "data", "label", "_children", "_op");
        Object data = a.length > 0 ? a[0] : kw(kn, kv, "data");
        if (data == null) {
            throw in.error("TypeError", "Value.__init__() missing 1 required positional argument: 'data'", at);
        }
        if (a.length > 4) {
            throw in.error("TypeError", "Value.__init__() takes from 2 to 5 positional arguments but " + (a.length + 1) + " were given", at);
        }
        Object children = a.length > 1 ? a[1] : kw(kn, kv, "_children");
        if (children != null && !in.toList(children, at).isEmpty()) {
            throw in.error("TypeError", "the playground's Value builds children itself: use operators (a + b, a * b, ...) instead of Value(data, _children)", at);
        }
        Object label = a.length > 3 ? a[3] : kw(kn, kv, "label");
        if (data instanceof Value) {
            throw in.error("TypeError", "Value(data) needs a number, not a Value", at);
        }
        if (!Interp.isNumber(data)) {
            throw in.error("TypeError", "Value(data) needs an int or float, not '" + in.typeName(data) + "'", at);
        }
        Value v = in.leaf(data, at);
        in.lecture.initialized(v);
        if (label != null) {
            v.setLabel(in.str(label));
        }
        return v;
    }

    /** A namedtuple's class (a subclass of the collections prelude's _NT): CPython's derives from tuple. */
    static boolean namedTuple(PyClass c) {
        for (PyClass m : c.mro) {
            if (m.name.equals("_NT") && !m.module.equals("__main__")) {
                return true;
            }
        }
        return false;
    }

    static Object isinstance(Interp in, Object x, Object t, Node at) {
        if (t instanceof PyTuple) {
            for (Object o : ((PyTuple) t).items) {
                if ((Boolean) isinstance(in, x, o, at)) {
                    return true;
                }
            }
            return false;
        }
        if (t instanceof PyClass) {
            return x instanceof PyObj && ((PyObj) x).cls.isSubclassOf((PyClass) t)
                    || x instanceof PyClass && ((PyClass) x).meta != null && ((PyClass) x).meta.isSubclassOf((PyClass) t);
        }
        if (t instanceof PyType) {
            String n = ((PyType) t).name;
            if (n.equals("object") || n.equals("tuple") && x instanceof PyObj && namedTuple(((PyObj) x).cls)) {
                return true;
            }
            if (x instanceof PyExc || x instanceof PyObj && ((PyObj) x).exc != null) {
                return Excs.isInstance(x, (PyType) t);
            }
            String xn = in.typeName(x);
            return xn.equals(n) || n.equals("int") && x instanceof Boolean || t == in.builtins.get("Value") && in.lecture.isValue(x);
        }
        throw in.error("TypeError", "isinstance() arg 2 must be a type, a tuple of types, or a union", at);
    }

    static Object len(Interp in, Object o, Node at) {
        if (o instanceof PyList) {
            return (long) ((PyList) o).items.size();
        }
        if (o instanceof String) {
            String s = (String) o;
            return (long) (Attrs.hasPairs(s) ? Attrs.chars(s).length : s.length());
        }
        if (o instanceof PyTuple) {
            return (long) ((PyTuple) o).items.length;
        }
        if (o instanceof PyDict) {
            return (long) ((PyDict) o).size();
        }
        if (o instanceof PySet) {
            return (long) ((PySet) o).map.size();
        }
        if (o instanceof PyRange) {
            return ((PyRange) o).length();
        }
        if (o instanceof PyView) {
            return (long) ((PyView) o).dict.size();
        }
        if (o instanceof PyObj && ((PyObj) o).cls.lookup("__len__") != null) {
            return in.objLen(o, at);
        }
        if (EnumModule.members(o) != null) {
            return (long) EnumModule.members(o).size();
        }
        throw in.error("TypeError", "object of type '" + in.typeName(o) + "' has no len()", at);
    }

    static double parseFloat(Interp in, String s0, Node at) {
        try {
            return Num.parse(s0);
        } catch (NumberFormatException e) {
            throw in.error("ValueError", "could not convert string to float: " + in.repr(s0), at);
        }
    }

    static Object round(Interp in, Object x, Object nd, Node at) {
        if (x instanceof PyObj && ((PyObj) x).cls.lookup("__round__") != null) {
            return in.callMethod(x, "__round__", nd == Py.NONE ? Interp.NO_ARGS : new Object[] {nd}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        if (Interp.isIntLike(x)) {
            if (nd == Py.NONE || x instanceof BigInt) {
                return x instanceof Boolean ? (Object) Interp.toLong(x) : x;
            }
            long v = Interp.toLong(x);
            long n = intArg(in, nd, at);
            if (n >= 0) {
                return v;
            }
            return roundInt(in, v, -n, at);
        }
        if (!(x instanceof Double)) {
            throw in.error("TypeError", "type " + in.typeName(x) + " doesn't define __round__ method", at);
        }
        double d = (Double) x;
        if (nd == Py.NONE) {
            if (Double.isNaN(d)) {
                throw in.error("ValueError", "cannot convert float NaN to integer", at);
            }
            if (Double.isInfinite(d)) {
                throw in.error("OverflowError", "cannot convert float infinity to integer", at);
            }
            return Ints.ofDouble(Num.roundHalfEven(d)); // a big int past 64 bits
        }
        long n = intArg(in, nd, at);
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0) {
            return d;
        }
        if (n > 330) {
            return d;
        }
        if (n < -330) {
            return Math.copySign(0.0, d);
        }
        try {
            return Num.round(d, (int) n);
        } catch (ArithmeticException e) {
            throw in.error("OverflowError", "rounded value too large to represent", at);
        }
    }
    /** a * b mod m for unsigned a, b < m <= 2^63, by doubling (no 128-bit product needed). */
    /** The inverse of a modulo m (0 <= a < m <= 2^63 unsigned), or -1 when there is none. */
    /** Python's round(v, -digits) for an int: to a multiple of 10^digits, half to even; exact in longs. */
    private static long roundInt(Interp in, long v, long digits, Node at) {
        if (digits >= 19) {
            // 10^19 > |v|: the result is 0 unless |v| is above half of it (then +-10^19, not a 64-bit int)
            if (v > 5000000000000000000L || v < -5000000000000000000L) {
                throw in.error("OverflowError", "integer result too large for the playground (ints are 64-bit here)", at);
            }
            return 0;
        }
        long pow = 1;
        for (long i = 0; i < digits; i++) {
            pow *= 10;
        }
        long q = Math.floorDiv(v, pow);
        long r = v - q * pow; // 0 <= r < pow <= 10^18, so 2r cannot overflow
        if (2 * r > pow || 2 * r == pow && (q & 1) != 0) {
            q++;
        }
        try {
            return Math.multiplyExact(q, pow);
        } catch (ArithmeticException e) {
            throw in.error("OverflowError", "integer result too large for the playground (ints are 64-bit here)", at);
        }
    }

    static Object minMax(Interp in, String name, int op, Object[] a, String[] kn, Object[] kv, Node at) {
        onlyKw(in, name, kn, at, "key", "default");
        Object key = kw(kn, kv, "key");
        Object def = kw(kn, kv, "default");
        List<Object> items;
        if (a.length == 0) {
            throw in.error("TypeError", name + " expected at least 1 argument, got 0", at);
        }
        if (a.length == 1) {
            items = in.toList(a[0], at);
        } else {
            items = Arrays.asList(a);
        }
        if (items.isEmpty()) {
            if (def != null) {
                return def;
            }
            throw in.error("ValueError", name + "() arg is an empty sequence", at);
        }
        Object best = items.get(0);
        Object bestK = key == null || key == Py.NONE ? best : in.call(key, new Object[] {best}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        for (int i = 1; i < items.size(); i++) {
            in.step(at);
            Object x = items.get(i);
            Object k = key == null || key == Py.NONE ? x : in.call(key, new Object[] {x}, Interp.NO_NAMES, Interp.NO_ARGS, at);
            if (in.order(op, k, bestK, at)) {
                best = x;
                bestK = k;
            }
        }
        return best;
    }

    /** Stable merge sort by Python's '<' on keys (so user __lt__ and errors behave as in CPython). */
    /**
     * CPython's listsort below 64 items (one run): count_run, then binary insertion of the rest, with the same
     * "<" calls in the same order, so inconsistent orders (NaN, a user's __lt__) give CPython's result.
     */
    private static void smallSort(Interp in, Object[] keys, Integer[] idx, Node at) {
        int n = idx.length;
        if (n < 2) {
            return;
        }
        int run = 2;
        if (in.order(Ast.LT, keys[idx[1]], keys[idx[0]], at)) {
            while (run < n && in.order(Ast.LT, keys[idx[run]], keys[idx[run - 1]], at)) {
                run++;
            }
            for (int i = 0, j = run - 1; i < j; i++, j--) { // a strictly descending run: reversing keeps stability
                Integer t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
            }
        } else {
            while (run < n && !in.order(Ast.LT, keys[idx[run]], keys[idx[run - 1]], at)) {
                run++;
            }
        }
        for (int start = run; start < n; start++) {
            Integer pivot = idx[start];
            int l = 0;
            int r = start;
            do {
                in.step(at);
                int p = l + ((r - l) >> 1);
                if (in.order(Ast.LT, keys[pivot], keys[idx[p]], at)) {
                    r = p;
                } else {
                    l = p + 1;
                }
            } while (l < r);
            System.arraycopy(idx, l, idx, l + 1, start - l);
            idx[l] = pivot;
        }
    }

    static ArrayList<Object> sort(Interp in, List<Object> items, Object key, boolean reverse, Node at) {
        int n = items.size();
        Object[] keys = new Object[n];
        for (int i = 0; i < n; i++) {
            keys[i] = key == Py.NONE ? items.get(i) : in.call(key, new Object[] {items.get(i)}, Interp.NO_NAMES, Interp.NO_ARGS, at);
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) {
            idx[i] = reverse ? n - 1 - i : i;
        }
        if (n < 64) {
            smallSort(in, keys, idx, at);
            n = 0; // sorted: skip the merges below
        }
        Integer[] tmp = new Integer[n];
        for (int width = 1; width < n; width *= 2) {
            for (int lo = 0; lo < n - width; lo += 2 * width) {
                int mid = lo + width;
                int hi = Math.min(lo + 2 * width, n);
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    in.step(at);
                    if (in.order(Ast.LT, keys[idx[j]], keys[idx[i]], at)) {
                        tmp[k++] = idx[j++];
                    } else {
                        tmp[k++] = idx[i++];
                    }
                }
                while (i < mid) {
                    tmp[k++] = idx[i++];
                }
                while (j < hi) {
                    tmp[k++] = idx[j++];
                }
                System.arraycopy(tmp, lo, idx, lo, hi - lo);
            }
        }
        n = idx.length;
        ArrayList<Object> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(items.get(idx[reverse ? n - 1 - i : i]));
        }
        return out;
    }

    // ---------------------------------------------------------------- string formatting

    /** str.format: {} {0} {name} {:spec} {0.attr} {0[1]} with !r/!s conversions. */
    static String strFormat(Interp in, String s, Object[] a, String[] kn, Object[] kv, Node at) {
        StringBuilder sb = new StringBuilder();
        int auto = 0;
        boolean manual = false; // {0} seen: {} may not follow (and the other way round)
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '{') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                    sb.append('{');
                    i += 2;
                    continue;
                }
                int j = i + 1;
                int nest = 0;
                while (j < s.length() && (s.charAt(j) != '}' || nest > 0)) {
                    if (s.charAt(j) == '{') {
                        nest++;
                    } else if (s.charAt(j) == '}') {
                        nest--;
                    }
                    j++;
                }
                if (j >= s.length()) {
                    throw in.error("ValueError", "expected '}' before end of string", at);
                }
                String field = s.substring(i + 1, j);
                String spec = "";
                char conv = 0;
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conv = field.length() > bang + 1 ? field.charAt(bang + 1) : 0;
                    field = field.substring(0, bang);
                }
                // nested replacement fields in the spec
                if (spec.indexOf('{') >= 0) {
                    spec = strFormat(in, spec, a, kn, kv, at);
                }
                int end = 0;
                while (end < field.length() && field.charAt(end) != '.' && field.charAt(end) != '[') {
                    end++;
                }
                String head = field.substring(0, end);
                Object v;
                if (head.isEmpty() && manual || !head.isEmpty() && Chars.isDigit(head.charAt(0)) && auto > 0) {
                    throw in.error("ValueError", head.isEmpty() ? "cannot switch from manual field specification to automatic field numbering"
                            : "cannot switch from automatic field numbering to manual field specification", at);
                }
                if (head.isEmpty()) {
                    if (auto >= a.length) {
                        throw in.error("IndexError", "Replacement index " + auto + " out of range for positional args tuple", at);
                    }
                    v = a[auto++];
                } else if (Chars.isDigit(head.charAt(0))) {
                    manual = true;
                    long k = Chars.parseLong(head, 10);
                    if (k >= a.length) {
                        throw in.error("IndexError", "Replacement index " + k + " out of range for positional args tuple", at);
                    }
                    v = a[(int) k];
                } else {
                    v = kw(kn, kv, head);
                    if (v == null) {
                        throw in.keyError(head, at);
                    }
                }
                String rest = field.substring(end);
                while (!rest.isEmpty()) {
                    if (rest.charAt(0) == '.') {
                        int e = 1;
                        while (e < rest.length() && rest.charAt(e) != '.' && rest.charAt(e) != '[') {
                            e++;
                        }
                        v = in.getattr(v, rest.substring(1, e), at);
                        rest = rest.substring(e);
                    } else {
                        int e = rest.indexOf(']');
                        if (e < 0) {
                            throw in.error("ValueError", "Missing ']' in format string", at);
                        }
                        String k = rest.substring(1, e);
                        Object key = !k.isEmpty() && Chars.isDigit(k.charAt(0)) ? (Object) Chars.parseLong(k, 10) : k;
                        v = in.getitem(v, key, at);
                        rest = rest.substring(e + 1);
                    }
                }
                if (conv == 'r') {
                    v = in.repr(v);
                } else if (conv == 's') {
                    v = in.str(v);
                }
                sb.append(in.format(v, spec, at));
                i = j + 1;
                continue;
            }
            if (c == '}') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '}') {
                    sb.append('}');
                    i += 2;
                    continue;
                }
                throw in.error("ValueError", "Single '}' encountered in format string", at);
            }
            sb.append(c);
            i++;
        }
        return sb.toString();
    }

    /** printf-style: '%s %d %.4f %r %5.2f %%' % args. */
    static String percent(Interp in, String fmt, Object args, Node at) {
        Object[] a;
        PyDict map = null;
        if (args instanceof PyTuple) {
            a = ((PyTuple) args).items;
        } else if (args instanceof PyDict) {
            a = new Object[] {args};
            map = (PyDict) args;
        } else {
            a = new Object[] {args};
        }
        int ai = 0;
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < fmt.length()) {
            char c = fmt.charAt(i);
            if (c != '%') {
                sb.append(c);
                i++;
                continue;
            }
            i++;
            if (i >= fmt.length()) {
                throw in.error("ValueError", "incomplete format", at);
            }
            if (fmt.charAt(i) == '%') {
                sb.append('%');
                i++;
                continue;
            }
            Object mapped = null;
            if (fmt.charAt(i) == '(') {
                int e = fmt.indexOf(')', i);
                if (e < 0 || map == null) {
                    throw in.error("TypeError", "format requires a mapping", at);
                }
                mapped = map.get(fmt.substring(i + 1, e));
                if (mapped == null) {
                    throw in.keyError(fmt.substring(i + 1, e), at);
                }
                i = e + 1;
            }
            // the conversion after '%' (flags, width, precision, type), '*' taken from the arguments
            StringBuilder conv = new StringBuilder();
            while (i < fmt.length() && "-+ 0#".indexOf(fmt.charAt(i)) >= 0) {
                conv.append(fmt.charAt(i++));
            }
            if (i < fmt.length() && fmt.charAt(i) == '*') {
                i++;
                if (ai >= a.length) {
                    throw in.error("TypeError", "not enough arguments for format string", at);
                }
                long w = intArg(in, a[ai++], at);
                conv.append(w < 0 ? "-" : "").append(Math.min(Math.abs(w), 100000));
            } else {
                while (i < fmt.length() && Chars.isDigit(fmt.charAt(i))) {
                    conv.append(fmt.charAt(i++));
                }
            }
            if (i < fmt.length() && fmt.charAt(i) == '.') {
                i++;
                conv.append('.');
                if (i < fmt.length() && fmt.charAt(i) == '*') {
                    i++;
                    if (ai >= a.length) {
                        throw in.error("TypeError", "not enough arguments for format string", at);
                    }
                    conv.append(Math.min(Math.max(intArg(in, a[ai++], at), 0), 100000));
                } else {
                    while (i < fmt.length() && Chars.isDigit(fmt.charAt(i))) {
                        conv.append(fmt.charAt(i++));
                    }
                }
            }
            if (i >= fmt.length()) {
                throw in.error("ValueError", "incomplete format", at);
            }
            char t = fmt.charAt(i++);
            Object v;
            if (mapped != null) {
                v = mapped;
            } else {
                if (ai >= a.length) {
                    throw in.error("TypeError", "not enough arguments for format string", at);
                }
                v = a[ai++];
            }
            String piece;
            try {
                switch (t) {
                    case 's':
                    case 'r':
                    case 'a':
                        piece = Num.percent(t == 's' ? in.str(v) : in.repr(v), conv.append(t).toString());
                        break;
                    case 'c':
                        if (v instanceof String) {
                            if (!oneCodePoint((String) v)) {
                                throw in.error("TypeError", "%c requires int or char", at);
                            }
                            piece = Num.percent((String) v, conv.append('s').toString());
                        } else if (Interp.isIntLike(v)) {
                            long cp = Interp.toLong(v);
                            if (cp < 0 || cp > 0x10ffff) {
                                throw in.error("OverflowError", "%c arg not in range(0x110000)", at);
                            }
                            piece = Num.percent(cp, conv.append('c').toString());
                        } else {
                            throw in.error("TypeError", "%c requires int or char", at);
                        }
                        break;
                    case 'd': case 'i': case 'u':
                    case 'f': case 'F': case 'e': case 'E': case 'g': case 'G':
                        if (!Interp.isNumber(v)) {
                            throw in.error("TypeError", "fFeEgG".indexOf(t) >= 0 ? "must be real number, not " + in.typeName(v)
                                    : "%" + t + " format: a real number is required, not " + in.typeName(v), at);
                        }
                        conv.append(t);
                        piece = v instanceof Double ? Num.percent((double) (Double) v, conv.toString())
                                : Num.percent(Interp.toLong(v), conv.toString());
                        break;
                    case 'x': case 'X': case 'o':
                        if (!Interp.isIntLike(v)) {
                            throw in.error("TypeError", "%" + t + " format: an integer is required, not " + in.typeName(v), at);
                        }
                        piece = Num.percent(Interp.toLong(v), conv.append(t).toString());
                        break;
                    default:
                        throw in.error("ValueError", "unsupported format character '" + t + "' (0x" + Integer.toHexString(t) + ") at index " + (i - 1), at);
                }
            } catch (IllegalArgumentException e) {
                // NaN/inf to %d: CPython's ValueError / OverflowError, with its message
                String m = e.getMessage();
                throw in.error(m.contains("infinity") ? "OverflowError" : "ValueError", m, at);
            }
            sb.append(piece);
        }
        if (map == null && ai < a.length) {
            throw in.error("TypeError", "not all arguments converted during string formatting", at);
        }
        return sb.toString();
    }
}
