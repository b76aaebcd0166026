package dev.backprop.lang;

import dev.backprop.py.Num;
import dev.backprop.py.PyMath;
import dev.backprop.engine.Value;
import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/** The interpreter's runtime: operators, attributes, calls, iteration, printing, provenance and budgets. */
final class Interp {
    static final String[] NO_NAMES = new String[0];
    static final Object[] NO_ARGS = new Object[0];

    final Limits limits;
    final dev.backprop.py.PyRandom random = new dev.backprop.py.PyRandom(dev.backprop.py.PyRandom.entropy()); // unseeded: differs per run, as CPython's
    final Globals builtins = new Globals();
    final Globals globals = new Globals();
    final Map<String, PyModule> modules = new HashMap<>();
    final StringBuilder out = new StringBuilder();
    final List<Object> drawn = new ArrayList<>(); // Values and Value-like user objects (Nodes)
    Object lastAssigned;
    Object lastBackward; // the node whose backward() was called last (the default drawn root, after draw_dot's)
    final Nodes lecture = new Nodes(this);
    PyException handling;
    final HashMap<Value, HashMap<String, Object>> valueAttrs = new HashMap<>(); // Value keeps identity equals

    // budgets
    long steps;
    long work;
    int nodes;
    int callDepth;
    int maxDepth;

    // provenance: per value id (offset by base): line, col, call; int flags for data and grad
    final int base;
    int[] vLine = new int[1024];
    int[] vCol = new int[1024];
    int[] vCall = new int[1024];
    int attributedUpTo; // index (id - base) of the last attributed value
    int lastIndex;      // index of the last created value
    boolean[] intData = new boolean[1024]; // set through flag(), which grows them
    boolean[] intGrad = new boolean[1024];
    boolean[] boolData = new boolean[16]; // Value(True): data stays a bool, as micrograd's
    final ArrayList<Run.Call> calls = new ArrayList<>();
    // the Python call stack; a call becomes a Run.Call record only when a Value is created inside it
    String[] stackName = new String[64];
    int[] stackLine = new int[64];
    int[] stackCol = new int[64];
    int[] stackId = new int[64];
    int curCall;         // depth of the current call, 0 at module level
    int userLine = 1;    // where user code called into the prelude
    int userCol = 1;
    int objSerial;

    Interp(Limits limits) {
        this.limits = limits;
        this.base = new Value(0).id();
        this.maxDepth = limits.maxDepth();
        globals.put("__name__", "__main__");
        Builtins.install(this);
        builtins.put("Ellipsis", Py.ELLIPSIS);
    }

    // ------------------------------------------------------------------ errors and budgets

    Node lastNode; // the last user-code node stepped: where errors without a node of their own happen

    PyException error(String kind, String msg, Node at) {
        if (at == null) {
            at = lastNode;
        }
        if (at == null) {
            return new PyException(kind, msg, userLine, userCol, false);
        }
        PyException e = at.prelude ? new PyException(kind, msg, userLine, userCol, false) : new PyException(kind, msg, at.line, at.col, false);
        e.context = handling;
        return e;
    }

    PyException fatal(String kind, String msg, Node at) {
        int l = at == null || at.prelude ? userLine : at.line;
        int c = at == null || at.prelude ? userCol : at.col;
        return new PyException(kind, msg, l, c, true);
    }

    java.util.function.IntConsumer lines; // hears each user line stepped (Stepper's line trace), or null

    void step(Node at) {
        if (!at.prelude) {
            lastNode = at;
            if (lines != null) {
                lines.accept(at.line);
            }
        }
        if (++steps > limits.maxSteps()) {
            throw fatal("BudgetError", "step budget exceeded: the program ran more than " + limits.maxSteps()
                    + " evaluation steps (an endless loop, or too much work for the playground)", at);
        }
        if ((steps & 1023) == 0 && limits.cancel() != null && limits.cancel().getAsBoolean()) {
            throw fatal("BudgetError", "time budget exceeded: the run was stopped", at);
        }
    }

    /** Counts characters or items about to be copied into a new string, list or tuple (see {@link Limits}). */
    void work(long n, Node at) {
        work += n;
        if (work > limits.maxWork()) {
            throw fatal("BudgetError", "work budget exceeded: the program built more than " + limits.maxWork()
                    + " characters and items of strings and lists", at);
        }
        // a few such steps can take seconds: the cancel hook is asked now, not only every 1024 steps
        if (n >= 65536 && limits.cancel() != null && limits.cancel().getAsBoolean()) {
            throw fatal("BudgetError", "time budget exceeded: the run was stopped", at);
        }
    }

    /** A formatted string, its length counted as work (a width of 10**8 builds 100 million characters in one step). */
    String charged(String s, Node at) {
        work(s.length(), at);
        return s;
    }

    // ------------------------------------------------------------------ values and provenance

    Value made(Value v, boolean isInt, Node at) {
        int k = v.id() - base;
        if (++nodes > limits.maxNodes()) {
            throw fatal("BudgetError", "node budget exceeded: the program created more than " + limits.maxNodes()
                    + " Values", at);
        }
        if (k >= vLine.length) {
            int n = Math.max(k + 1, vLine.length * 2);
            vLine = Arrays.copyOf(vLine, n);
            vCol = Arrays.copyOf(vCol, n);
            vCall = Arrays.copyOf(vCall, n);
        }
        if (isInt) {
            intData = flag(intData, k, true);
        }
        lastIndex = k;
        return v;
    }

    /** Attributes the values created since the last call to this node's line (user code) and the current call. */
    void attribute(Node at, Frame f) {
        if (attributedUpTo >= lastIndex) {
            return;
        }
        int l = at.prelude ? userLine : at.line;
        int c = at.prelude ? userCol : at.col;
        int id = curCall == 0 ? 0 : materialize(curCall);
        for (int k = attributedUpTo + 1; k <= lastIndex; k++) {
            vLine[k] = l;
            vCol[k] = c;
            vCall[k] = id;
        }
        attributedUpTo = lastIndex;
    }

    void pushCall(String name, int line, int col) {
        int d = curCall + 1;
        if (d >= stackName.length) {
            int n = stackName.length * 2;
            stackName = Arrays.copyOf(stackName, n);
            stackLine = Arrays.copyOf(stackLine, n);
            stackCol = Arrays.copyOf(stackCol, n);
            stackId = Arrays.copyOf(stackId, n);
        }
        stackName[d] = name;
        stackLine[d] = line;
        stackCol[d] = col;
        stackId[d] = 0;
        curCall = d;
    }

    /** The Run.Call id of the call at this stack depth, recording it (and its callers) on first use. */
    int materialize(int depth) {
        if (stackId[depth] == 0) {
            int parent = depth > 1 ? materialize(depth - 1) : 0;
            int id = calls.size() + 1;
            calls.add(new Run.Call(id, parent, stackName[depth], stackLine[depth], stackCol[depth]));
            stackId[depth] = id;
        }
        return stackId[depth];
    }

    /** Sets flag k to on, growing the array when needed; returns the (maybe new) array. */
    static boolean[] flag(boolean[] flags, int k, boolean on) {
        if (k >= flags.length) {
            if (!on) {
                return flags;
            }
            flags = Arrays.copyOf(flags, Math.max(k + 1, flags.length * 2));
        }
        flags[k] = on;
        return flags;
    }

    boolean isIntV(Value v) {
        int k = v.id() - base;
        return k > 0 && k < intData.length && intData[k];
    }

    boolean isIntGrad(Value v) {
        int k = v.id() - base;
        return k > 0 && k < intGrad.length && intGrad[k];
    }

    void assigned(String id, Object value, Frame f) {
        // not in a method or a function nested in one: a Value class's own backward() (its build_topo) ends on a
        // loop variable (a leaf), not on the learner's root
        if (!f.prelude && Nodes.node(value)) {
            for (Frame e = f; e != null; e = e.closure) {
                if (e.func != null && e.func.owner != null) {
                    return;
                }
            }
            lastAssigned = value;
        }
    }

    Value leaf(Object num, Node at) {
        Value v = made(new Value(toDouble(num)), isIntLike(num), at);
        if (num instanceof Boolean) {
            boolData = flag(boolData, v.id() - base, true);
        }
        return v;
    }

    boolean isBoolV(Value v) {
        int k = v.id() - base;
        return k > 0 && k < boolData.length && boolData[k];
    }

    Value vadd(Value a, Value b, Node at) {
        return made(a.add(b), isIntV(a) && isIntV(b), at);
    }

    Value vmul(Value a, Value b, Node at) {
        return made(a.mul(b), isIntV(a) && isIntV(b), at);
    }

    Value vneg(Value a, Node at) {
        return vmul(a, leaf(-1L, at), at);
    }

    Value vpow(Value a, Object e, Node at) {
        if (e instanceof Value) {
            throw error("AssertionError", "only supporting int/float powers for now", at);
        }
        if (!isNumber(e)) {
            throw error("AssertionError", "only supporting int/float powers for now", at);
        }
        double d = toDouble(e);
        if (a.data() == 0 && d < 0) {
            throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
        }
        if (isIntLike(e)) {
            long n = toLong(e);
            if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
                return made(a.pow((int) n), isIntV(a) && n >= 0, at);
            }
        }
        return made(a.pow(d), false, at);
    }

    Value vunary(Value a, String op, Node at) {
        if (op.equals("tanh")) {
            if (Double.isInfinite(PyMath.exp(2 * a.data())) && !Double.isInfinite(a.data())) {
                // the lecture's tanh is (exp(2x) - 1) / (exp(2x) + 1): CPython overflows there
                throw error("OverflowError", "math range error", at);
            }
            return made(a.tanh(), false, at);
        }
        if (op.equals("exp")) {
            Value r = a.exp();
            made(r, false, at);
            if (Double.isInfinite(r.data()) && !Double.isInfinite(a.data())) {
                throw error("OverflowError", "math range error", at);
            }
            return r;
        }
        if (op.equals("log")) {
            if (a.data() <= 0) {
                throw error("ValueError", "math domain error", at);
            }
            return made(a.log(), false, at);
        }
        if (op.equals("relu")) {
            return made(a.relu(), a.data() < 0 || isIntV(a), at);
        }
        if (op.equals("sigmoid")) {
            return made(a.sigmoid(), false, at);
        }
        throw new IllegalStateException(op);
    }

    // ------------------------------------------------------------------ types and conversions

    static boolean isNumber(Object o) {
        return o instanceof Long || o instanceof Double || o instanceof Boolean || o instanceof BigInt;
    }

    static boolean isIntLike(Object o) {
        return o instanceof Long || o instanceof Boolean || o instanceof BigInt;
    }

    /** float(x) of a number; a too large int raises OverflowError (placed at the last stepped node). */
    static double toDouble(Object o) {
        if (o instanceof Double) {
            return (Double) o;
        }
        if (o instanceof Long) {
            return (Long) o;
        }
        if (o instanceof BigInt) {
            Double d = Ints.toDoubleOrNull(o);
            if (d == null) {
                throw new PyException("OverflowError", "int too large to convert to float", 0, 0, false);
            }
            return d;
        }
        return ((Boolean) o) ? 1 : 0;
    }

    /** A 64-bit int; a bigger one raises OverflowError (placed at the last stepped node). */
    static long toLong(Object o) {
        if (o instanceof Long) {
            return (Long) o;
        }
        if (o instanceof BigInt) {
            throw new PyException("OverflowError", "Python int too large to convert to C ssize_t", 0, 0, false);
        }
        return ((Boolean) o) ? 1 : 0;
    }

    String typeName(Object o) {
        if (o == Py.NONE) {
            return "NoneType";
        }
        if (o == Py.ELLIPSIS) {
            return "ellipsis";
        }
        if (o instanceof Boolean) {
            return "bool";
        }
        if (o instanceof Long || o instanceof BigInt) {
            return "int";
        }
        if (o instanceof Double) {
            return "float";
        }
        if (o instanceof String) {
            return "str";
        }
        if (o instanceof PyList) {
            return "list";
        }
        if (o instanceof PyTuple) {
            return "tuple";
        }
        if (o instanceof PyDict) {
            return "dict";
        }
        if (o instanceof PySet) {
            return ((PySet) o).frozen ? "frozenset" : "set";
        }
        if (o instanceof PyRange) {
            return "range";
        }
        if (o instanceof Value) {
            return "Value";
        }
        if (o instanceof PyObj) {
            return ((PyObj) o).cls.name;
        }
        if (o instanceof PyFunc) {
            return "function";
        }
        if (o instanceof PyClass || o instanceof PyType) {
            return "type";
        }
        if (o instanceof PyBound) {
            return "method";
        }
        if (o instanceof PyBuiltin) {
            return "builtin_function_or_method";
        }
        if (o instanceof PyModule) {
            return "module";
        }
        if (o instanceof PyIter) {
            return ((PyIter) o).kind;
        }
        if (o instanceof PyView) {
            return ((PyView) o).kind;
        }
        if (o instanceof PyExc) {
            return ((PyExc) o).type.name;
        }
        if (o instanceof Slice) {
            return "slice";
        }
        if (o instanceof Py.PyProperty || o instanceof Py.PySuper || o instanceof Py.PyClassMethod || o instanceof Py.PyStaticMethod) {
            return o instanceof Py.PyProperty ? "property" : o instanceof Py.PySuper ? "super"
                    : o instanceof Py.PyClassMethod ? "classmethod" : "staticmethod";
        }
        if (o instanceof Excs.Traceback) {
            return "traceback";
        }
        return "object";
    }

    static final class Slice {
        final Object lo;
        final Object hi;
        final Object step;
        Slice(Object lo, Object hi, Object step) {
            this.lo = lo;
            this.hi = hi;
            this.step = step;
        }
    }

    boolean truthy(Object o) {
        if (o instanceof Boolean) {
            return (Boolean) o;
        }
        if (o == Py.NONE) {
            return false;
        }
        if (o instanceof Long) {
            return (Long) o != 0;
        }
        if (o instanceof Double) {
            return (Double) o != 0;
        }
        if (o instanceof String) {
            return !((String) o).isEmpty();
        }
        if (o instanceof PyList) {
            return !((PyList) o).items.isEmpty();
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).items.length > 0;
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size() > 0;
        }
        if (o instanceof PySet) {
            return !((PySet) o).map.isEmpty();
        }
        if (o instanceof PyRange) {
            return ((PyRange) o).length() > 0;
        }
        if (o instanceof PyView) {
            return ((PyView) o).dict.size() > 0;
        }
        if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            if (obj.cls.lookup("__bool__") != null) {
                Object r = callMethod(o, "__bool__", NO_ARGS, NO_NAMES, NO_ARGS, null);
                if (!(r instanceof Boolean)) {
                    throw error("TypeError", "__bool__ should return bool, returned " + typeName(r), null);
                }
                return (Boolean) r;
            }
            if (obj.cls.lookup("__len__") != null) {
                return objLen(o, null) != 0;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------ repr / str / format

    String repr(Object o) {
        StringBuilder sb = new StringBuilder();
        repr(o, sb, 0);
        return sb.toString();
    }

    /** The builder of a {@link #reprStart} call, which stops adding items once past {@link #shortMax} characters. */
    private StringBuilder shortRepr;
    private int shortMax;

    /** Ends a {@link #reprStart} that has enough characters. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /**
     * The first {@code max} characters of repr(o) or more, without building the rest: a list of 5,000 strings of
     * a million characters each has a 5 GB repr, and a run's variables show 300 characters of each.
     */
    String reprStart(Object o, int max) {
        StringBuilder sb = new StringBuilder();
        StringBuilder was = shortRepr;
        int wasMax = shortMax;
        shortRepr = sb;
        shortMax = max;
        try {
            repr(o, sb, 0);
        } catch (Enough e) {
            // sb holds more than max characters: all the caller shows
        } finally {
            shortRepr = was;
            shortMax = wasMax;
        }
        return sb.toString();
    }

    String valueData(Value v) {
        if (isBoolV(v)) {
            return v.data() != 0 ? "True" : "False";
        }
        return isIntV(v) ? intRepr(v.data()) : Num.repr(v.data());
    }

    static String intRepr(double d) {
        if (Math.abs(d) < 9.2e18) {
            return Long.toString((long) d);
        }
        return Num.fixed(d, 0); // the exact integer (every double this large is one)
    }

    private void repr(Object o, StringBuilder sb, int depth) {
        if (depth > 200) {
            throw error("RecursionError", "maximum recursion depth exceeded while getting the repr of an object", null);
        }
        if (sb.length() > MAX_LIST) {
            // as for 'x' * n: no string of the playground is longer (the repr of a list of big strings can be GBs)
            throw error("MemoryError", "string too long for the playground", null);
        }
        if (sb == shortRepr && sb.length() > shortMax) {
            throw new Enough();
        }
        if (o instanceof String) {
            strRepr((String) o, sb);
        } else if (o instanceof Double) {
            sb.append(Num.repr((Double) o));
        } else if (o instanceof Long) {
            sb.append((long) (Long) o);
        } else if (o instanceof BigInt) {
            String t = Ints.toStringOrNull(o);
            if (t == null) {
                throw error("ValueError", Ints.STR_LIMIT, null);
            }
            sb.append(t);
        } else if (o instanceof Boolean) {
            sb.append((Boolean) o ? "True" : "False");
        } else if (o == Py.NONE) {
            sb.append("None");
        } else if (o == Py.ELLIPSIS) {
            sb.append("Ellipsis");
        } else if (o instanceof Value) {
            sb.append("Value(data=").append(valueData((Value) o)).append(')');
        } else if (o instanceof PyList) {
            sb.append('[');
            ArrayList<Object> it = ((PyList) o).items;
            for (int i = 0; i < it.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                Object x = it.get(i);
                if (x == o) {
                    sb.append("[...]");
                } else {
                    repr(x, sb, depth + 1);
                }
            }
            sb.append(']');
        } else if (o instanceof PyTuple) {
            Object[] it = ((PyTuple) o).items;
            sb.append('(');
            for (int i = 0; i < it.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                repr(it[i], sb, depth + 1);
            }
            if (it.length == 1) {
                sb.append(',');
            }
            sb.append(')');
        } else if (o instanceof PyDict) {
            sb.append('{');
            boolean first = true;
            for (Object[] e : ((PyDict) o).map.values()) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                repr(e[0], sb, depth + 1);
                sb.append(": ");
                if (e[1] == o) {
                    sb.append("{...}");
                } else {
                    repr(e[1], sb, depth + 1);
                }
            }
            sb.append('}');
        } else if (o instanceof PySet) {
            PySet s = (PySet) o;
            if (s.map.isEmpty()) {
                sb.append(s.frozen ? "frozenset()" : "set()");
                return;
            }
            if (s.frozen) {
                sb.append("frozenset(");
            }
            sb.append('{');
            boolean first = true;
            for (Object x : SetOrder.order(s.map.values(), s.literal)) {
                if (!first) {
                    sb.append(", ");
                }
                first = false;
                repr(x, sb, depth + 1);
            }
            sb.append('}');
            if (s.frozen) {
                sb.append(')');
            }
        } else if (o instanceof PyView) {
            sb.append(((PyView) o).kind).append('(');
            repr(new PyList(((PyView) o).items()), sb, depth + 1);
            sb.append(')');
        } else if (o instanceof PyRange) {
            PyRange r = (PyRange) o;
            sb.append("range(").append(r.start).append(", ").append(r.stop);
            if (r.step != 1) {
                sb.append(", ").append(r.step);
            }
            sb.append(')');
        } else if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            if (obj.exc != null && obj.cls.lookup("__repr__") == null) {
                sb.append(Excs.repr(this, obj.cls.name, obj.exc.args));
            } else if (obj.cls.lookup("__repr__") != null) {
                Object r = callMethod(o, "__repr__", NO_ARGS, NO_NAMES, NO_ARGS, null);
                if (!(r instanceof String)) {
                    throw error("TypeError", "__repr__ returned non-string (type " + typeName(r) + ")", null);
                }
                sb.append((String) r);
            } else {
                sb.append(defaultRepr(obj));
            }
        } else if (o instanceof PyFunc) {
            sb.append("<function ").append(((PyFunc) o).qualname).append(" at ").append(address(System.identityHashCode(o))).append('>');
        } else if (o instanceof PyClass) {
            sb.append("<class '").append(((PyClass) o).module.equals("builtins") ? "" : ((PyClass) o).module + ".").append(((PyClass) o).qualname).append("'>");
        } else if (o instanceof PyType) {
            String n = ((PyType) o).name;
            sb.append("<class '").append(n.equals("Value") ? "micrograd.engine.Value" : n).append("'>");
        } else if (o instanceof PyBound) {
            PyBound b = (PyBound) o;
            String n = b.fn instanceof PyFunc ? ((PyFunc) b.fn).qualname : ((PyBuiltin) b.fn).name;
            sb.append("<bound method ").append(n).append(" of ");
            repr(b.self, sb, depth + 1);
            sb.append('>');
        } else if (o instanceof PyBuiltin) {
            sb.append("<built-in function ").append(((PyBuiltin) o).name).append('>');
        } else if (o instanceof PyModule) {
            sb.append("<module '").append(((PyModule) o).name).append("' (built-in)>");
        } else if (o instanceof PyIter) {
            String k = ((PyIter) o).kind;
            Gen g = Gen.of(o);
            sb.append('<').append(g != null ? "generator object " + g.qualname : k + " object").append(" at ")
                    .append(address(System.identityHashCode(o))).append('>');
        } else if (o instanceof PyExc) {
            PyExc e = (PyExc) o;
            sb.append(e.type.name).append('(');
            if (e.args != null) {
                for (int i = 0; i < e.args.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    repr(e.args[i], sb, depth + 1);
                }
            } else if (e.message != null) {
                strRepr(e.message, sb);
            }
            sb.append(')');
        } else if (o instanceof Slice) {
            Slice s = (Slice) o;
            sb.append("slice(");
            repr(s.lo, sb, depth + 1);
            sb.append(", ");
            repr(s.hi, sb, depth + 1);
            sb.append(", ");
            repr(s.step, sb, depth + 1);
            sb.append(')');
        } else {
            if (o == NOT_IMPLEMENTED) {
                sb.append("NotImplemented");
                return;
            }
            // never String.valueOf(o) here: it would make TeaVM keep Double.toString and its tables (~12 KB gz)
            String kind = o instanceof Py.PySuper ? "super" : o instanceof Py.PyProperty ? "property"
                    : o instanceof Py.PyClassMethod ? "classmethod" : o instanceof Py.PyStaticMethod ? "staticmethod"
                    : o instanceof Excs.Traceback ? "traceback" : "object";
            sb.append('<').append(kind).append(" object at ").append(address(System.identityHashCode(o))).append('>');
        }
    }

    /** object.__repr__: module, qualified class name and a made-up address. */
    static String defaultRepr(PyObj obj) {
        return "<" + obj.cls.module + "." + obj.cls.qualname + " object at " + address(obj.serial) + ">";
    }

    /** id() of a user object: the number its default repr shows. */
    static long addressOf(Py.PyObj obj) {
        return dev.backprop.py.Chars.parseLong(address(obj.serial).substring(2), 16);
    }

    private static String address(int serial) {
        return "0x7f" + Long.toHexString(0x10000000L + (serial & 0xfffffffL) * 16L);
    }

    static void strRepr(String s, StringBuilder sb) {
        char q = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(q);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == q || c == '\\') {
                sb.append('\\').append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < 32 || c == 127) {
                sb.append("\\x").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
            } else {
                sb.append(c);
            }
        }
        sb.append(q);
    }

    String str(Object o) {
        if (o instanceof String) {
            return (String) o;
        }
        if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            if (obj.cls.lookup("__str__") != null) {
                Object r = callMethod(o, "__str__", NO_ARGS, NO_NAMES, NO_ARGS, null);
                if (!(r instanceof String)) {
                    throw error("TypeError", "__str__ returned non-string (type " + typeName(r) + ")", null);
                }
                return (String) r;
            }
            if (obj.exc != null) {
                return Excs.str(this, obj.exc);
            }
        }
        if (o instanceof PyExc) {
            String m = ((PyExc) o).message;
            return m == null ? "" : m;
        }
        return repr(o);
    }

    String format(Object v, String spec, Node at) {
        if (v instanceof PyObj && ((PyObj) v).cls.lookup("__format__") != null) {
            return str(callMethod(v, "__format__", new Object[] {spec}, NO_NAMES, NO_ARGS, at));
        }
        if (spec.isEmpty()) {
            return str(v);
        }
        try {
            if (v instanceof Double) {
                return charged(Num.format((Double) v, spec), at);
            }
            if (v instanceof Long || v instanceof Boolean) {
                return charged(Num.format(toLong(v), spec), at); // bool formats as int once there is a spec
            }
            if (v instanceof BigInt) {
                return charged(Ints.format(this, (BigInt) v, spec, at), at);
            }
        } catch (IllegalArgumentException e) {
            String m = e.getMessage();
            throw error(m.startsWith("%c arg") ? "OverflowError" : "ValueError", v instanceof Boolean ? m.replace("type 'int'", "type 'bool'") : m, at);
        }
        Fmt.Spec sp = Fmt.parse(spec);
        if (sp == null) {
            throw error("ValueError", "Invalid format specifier '" + spec + "' for object of type '" + typeName(v) + "'", at);
        }
        String r = null;
        if (v instanceof String) {
            r = Fmt.formatStr((String) v, sp);
        } else {
            if (sp.type == 0 || sp.type == 's') {
                r = Fmt.formatStr(str(v), sp);
                if (r != null && !(v instanceof Value) && !(v instanceof PyObj)) {
                    return r;
                }
            }
            throw error("TypeError", "unsupported format string passed to " + typeName(v) + ".__format__", at);
        }
        if (r == null) {
            throw error("ValueError", "Unknown format code '" + (sp.type == 0 ? "" : String.valueOf(sp.type)) + "' for object of type '" + typeName(v) + "'", at);
        }
        return r;
    }

    // ------------------------------------------------------------------ operators

    private PyException unsupported(int op, Object a, Object b, Node at) {
        String sym = op == Ast.POW ? "** or pow()" : Ast.BIN_SYM[op];
        return error("TypeError", "unsupported operand type(s) for " + sym + ": '" + typeName(a) + "' and '" + typeName(b) + "'", at);
    }

    Object binop(int op, Object a, Object b, Node at) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            long r;
            switch (op) { // without overflow here; numOp handles the rest (and big results)
                case Ast.ADD:
                    r = x + y;
                    if (((x ^ r) & (y ^ r)) >= 0) {
                        return r;
                    }
                    break;
                case Ast.SUB:
                    r = x - y;
                    if (((x ^ y) & (x ^ r)) >= 0) {
                        return r;
                    }
                    break;
                case Ast.MUL:
                    // both under 2**31 in size: the product fits (TeaVM has no Math.multiplyHigh); else the exact path
                    if (((Math.abs(x) | Math.abs(y)) >>> 31) == 0) {
                        return x * y;
                    }
                    break;
                case Ast.FLOORDIV: // Python's floor division and modulo are Java's floorDiv/floorMod, bar / 0 and MIN / -1
                    if (y > 0 || y < -1) {
                        return Math.floorDiv(x, y);
                    }
                    break;
                case Ast.MOD:
                    if (y > 0 || y < -1) {
                        return Math.floorMod(x, y);
                    }
                    break;
                default:
                    break;
            }
            return numOp(op, a, b, at);
        }
        if (op <= Ast.DIV && (a instanceof Double && (b instanceof Double || b instanceof Long) || a instanceof Long && b instanceof Double)) {
            // as CPython, an int meeting a float is converted to the nearest float first
            double x = a instanceof Double ? (Double) a : (double) (Long) a;
            double y = b instanceof Double ? (Double) b : (double) (Long) b;
            switch (op) {
                case Ast.ADD: return x + y;
                case Ast.SUB: return x - y;
                case Ast.MUL: return x * y;
                default:
                    if (y != 0) {
                        return x / y;
                    }
                    return numOp(op, a, b, at); // ZeroDivisionError
            }
        }
        if (a instanceof Value) {
            return valueOp(op, (Value) a, b, at);
        }
        if (b instanceof Value) {
            return valueROp(op, a, (Value) b, at);
        }
        if (isNumber(a) && isNumber(b)) {
            return numOp(op, a, b, at);
        }
        if ((a instanceof PyObj || b instanceof PyObj) && !(op == Ast.MOD && a instanceof String)) { // '%s' % obj: str's
            return objOp(op, a, b, at);
        }
        switch (op) {
            case Ast.ADD:
                if (a instanceof String && b instanceof String) {
                    work((long) ((String) a).length() + ((String) b).length(), at);
                    return (String) a + (String) b;
                }
                if (a instanceof PyList && b instanceof PyList) {
                    work((long) ((PyList) a).items.size() + ((PyList) b).items.size(), at);
                    ArrayList<Object> l = new ArrayList<>(((PyList) a).items);
                    l.addAll(((PyList) b).items);
                    return new PyList(l);
                }
                if (a instanceof PyTuple && b instanceof PyTuple) {
                    Object[] x = ((PyTuple) a).items;
                    Object[] y = ((PyTuple) b).items;
                    work((long) x.length + y.length, at);
                    Object[] r = Arrays.copyOf(x, x.length + y.length);
                    System.arraycopy(y, 0, r, x.length, y.length);
                    return new PyTuple(r);
                }
                if (a instanceof PyList && !(b instanceof PyList) || a instanceof String || a instanceof PyTuple) {
                    throw error("TypeError", "can only concatenate " + typeName(a) + " (not \"" + typeName(b) + "\") to " + typeName(a), at);
                }
                break;
            case Ast.MUL:
                if (isIntLike(b) && (a instanceof String || a instanceof PyList || a instanceof PyTuple)) {
                    return repeat(a, toLong(b), at);
                }
                if (isIntLike(a) && (b instanceof String || b instanceof PyList || b instanceof PyTuple)) {
                    return repeat(b, toLong(a), at);
                }
                if (a instanceof String || a instanceof PyList || a instanceof PyTuple) {
                    throw error("TypeError", "can't multiply sequence by non-int of type '" + typeName(b) + "'", at);
                }
                break;
            case Ast.MOD:
                if (a instanceof String) {
                    return percent((String) a, b, at);
                }
                break;
            case Ast.BITOR:
            case Ast.BITAND:
            case Ast.SUB:
            case Ast.BITXOR:
                if (a instanceof PySet && b instanceof PySet) {
                    return setOp(op, (PySet) a, (PySet) b, at);
                }
                if (Methods.setView(a) || Methods.setView(b)) { // dict_keys/dict_items with any iterable: a set
                    return setOp(op, Methods.asSet(this, a, at), Methods.asSet(this, b, at), at);
                }
                if (op == Ast.BITOR && a instanceof PyDict && b instanceof PyDict) {
                    PyDict d = new PyDict();
                    for (Object[] e : ((PyDict) a).map.values()) {
                        d.put(e[0], e[1]);
                    }
                    for (Object[] e : ((PyDict) b).map.values()) {
                        d.put(e[0], e[1]);
                    }
                    return d;
                }
                break;
            default:
                break;
        }
        throw unsupported(op, a, b, at);
    }

    private Object repeat(Object seq, long n, Node at) {
        if (n < 0) {
            n = 0;
        }
        if (seq instanceof String) {
            String s = (String) seq;
            if (s.length() * n > MAX_LIST) {
                throw error("MemoryError", "string too long for the playground", at);
            }
            work(s.length() * n, at);
            StringBuilder sb = new StringBuilder();
            for (long i = 0; i < n; i++) {
                sb.append(s);
            }
            return sb.toString();
        }
        List<Object> src = seq instanceof PyList ? ((PyList) seq).items : Arrays.asList(((PyTuple) seq).items);
        if (src.size() * n > MAX_LIST) {
            throw error("MemoryError", "sequence too long for the playground", at);
        }
        work(src.size() * n, at);
        ArrayList<Object> l = new ArrayList<>();
        for (long i = 0; i < n; i++) {
            l.addAll(src);
        }
        steps += l.size();
        return seq instanceof PyList ? new PyList(l) : new PyTuple(l.toArray());
    }

    private Object setOp(int op, PySet a, PySet b, Node at) {
        PySet r = new PySet();
        r.frozen = a.frozen;
        switch (op) {
            case Ast.BITOR:
                r.map.putAll(a.map);
                for (Map.Entry<Object, Object> e : b.map.entrySet()) {
                    r.map.putIfAbsent(e.getKey(), e.getValue());
                }
                break;
            case Ast.BITAND:
                for (Map.Entry<Object, Object> e : a.map.entrySet()) {
                    if (b.map.containsKey(e.getKey())) {
                        r.map.put(e.getKey(), e.getValue());
                    }
                }
                break;
            case Ast.SUB:
                for (Map.Entry<Object, Object> e : a.map.entrySet()) {
                    if (!b.map.containsKey(e.getKey())) {
                        r.map.put(e.getKey(), e.getValue());
                    }
                }
                break;
            default:
                for (Map.Entry<Object, Object> e : a.map.entrySet()) {
                    if (!b.map.containsKey(e.getKey())) {
                        r.map.put(e.getKey(), e.getValue());
                    }
                }
                for (Map.Entry<Object, Object> e : b.map.entrySet()) {
                    if (!a.map.containsKey(e.getKey())) {
                        r.map.put(e.getKey(), e.getValue());
                    }
                }
                break;
        }
        return r;
    }

    Object numOp(int op, Object a, Object b, Node at) {
        if (isIntLike(a) && isIntLike(b)) {
            if (a instanceof BigInt || b instanceof BigInt) {
                Object r = Ints.op(this, op, a, b, at);
                if (r != null) {
                    return r;
                }
                if (op != Ast.POW) {
                    throw unsupported(op, a, b, at);
                }
                if (Ints.big(a).signum() == 0) {
                    throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
                }
                return floatPow(toDouble(a), toDouble(b), at);
            }
            long x = toLong(a);
            long y = toLong(b);
            try {
                switch (op) {
                    case Ast.ADD: return Math.addExact(x, y);
                    case Ast.SUB: return Math.subtractExact(x, y);
                    case Ast.MUL: return Math.multiplyExact(x, y);
                    case Ast.DIV:
                        if (y == 0) {
                            throw error("ZeroDivisionError", "division by zero", at);
                        }
                        return intTrueDiv(x, y);
                    case Ast.FLOORDIV:
                        if (y == 0) {
                            throw error("ZeroDivisionError", "integer division or modulo by zero", at);
                        }
                        if (x == Long.MIN_VALUE && y == -1) {
                            return Ints.op(this, op, a, b, at); // 2^63: floorDiv would wrap around
                        }
                        return Math.floorDiv(x, y);
                    case Ast.MOD:
                        if (y == 0) {
                            throw error("ZeroDivisionError", "integer modulo by zero", at);
                        }
                        return Math.floorMod(x, y);
                    case Ast.POW:
                        if (y < 0) {
                            if (x == 0) {
                                throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
                            }
                            return floatPow(x, y, at); // CPython: int ** negative int is float ** float
                        }
                        return ipow(x, y, at);
                    case Ast.LSHIFT:
                        if (y < 0) {
                            throw error("ValueError", "negative shift count", at);
                        }
                        if (y >= 63 || Long.numberOfLeadingZeros(Math.abs(x)) <= y + 1) {
                            if (x == 0) {
                                return 0L;
                            }
                            return Ints.op(this, op, a, b, at);
                        }
                        return x << y;
                    case Ast.RSHIFT:
                        if (y < 0) {
                            throw error("ValueError", "negative shift count", at);
                        }
                        return x >> Math.min(y, 63);
                    case Ast.BITAND:
                        return a instanceof Boolean && b instanceof Boolean ? (Object) ((Boolean) a & (Boolean) b) : (Object) (x & y);
                    case Ast.BITOR:
                        return a instanceof Boolean && b instanceof Boolean ? (Object) ((Boolean) a | (Boolean) b) : (Object) (x | y);
                    case Ast.BITXOR:
                        return a instanceof Boolean && b instanceof Boolean ? (Object) ((Boolean) a ^ (Boolean) b) : (Object) (x ^ y);
                    default:
                        throw unsupported(op, a, b, at);
                }
            } catch (ArithmeticException e) {
                return Ints.op(this, op, a, b, at); // the 64-bit result overflowed
            }
        }
        double x = toDouble(a);
        double y = toDouble(b);
        switch (op) {
            case Ast.ADD: return x + y;
            case Ast.SUB: return x - y;
            case Ast.MUL: return x * y;
            case Ast.DIV:
                if (y == 0) {
                    throw error("ZeroDivisionError", "float division by zero", at);
                }
                return x / y;
            case Ast.FLOORDIV: {
                if (y == 0) {
                    throw error("ZeroDivisionError", "float floor division by zero", at);
                }
                return floorDiv(x, y);
            }
            case Ast.MOD: {
                if (y == 0) {
                    throw error("ZeroDivisionError", "float modulo", at);
                }
                return floatMod(x, y);
            }
            case Ast.POW:
                return floatPow(x, y, at);
            default:
                throw unsupported(op, a, b, at);
        }
    }

    /** int / int correctly rounded, as CPython's long true division (y != 0). */
    static double intTrueDiv(long x, long y) {
        if (Math.abs(x) < (1L << 53) && Math.abs(y) < (1L << 53)) {
            return (double) x / (double) y; // both exact as doubles: one IEEE rounding
        }
        boolean neg = (x < 0) != (y < 0);
        long a = x < 0 ? -x : x; // unsigned: -Long.MIN_VALUE is 2^63
        long b = y < 0 ? -y : y;
        // binary long division, one quotient bit per step (bit i of a is worth 2^i; i < 0: zeros), until
        // a's bits are used and the quotient has at least 55 bits; q is unsigned (MIN_VALUE / 1 is 2^63)
        long q = 0;
        long r = 0;
        int i = 63 - Long.numberOfLeadingZeros(a);
        while (true) {
            long bit = i >= 0 ? (a >>> i) & 1 : 0;
            r = (r << 1) | bit; // r < b <= 2^63 before, so r < 2^64 (unsigned) after
            q <<= 1;
            if (Long.compareUnsigned(r, b) >= 0) {
                r -= b;
                q |= 1;
            }
            if (i <= 0 && Long.compareUnsigned(q, 1L << 54) >= 0) {
                break;
            }
            i--;
        }
        // a/b = (q + r/b) * 2^i; round q to 53 bits, half to even, the remainder r breaking ties
        int shift = Math.max(0, 64 - Long.numberOfLeadingZeros(q) - 53);
        long keep = q >>> shift;
        long rest = q & ((1L << shift) - 1);
        long half = shift == 0 ? 0 : 1L << (shift - 1);
        if (shift > 0 && (rest > half || rest == half && (r != 0 || (keep & 1) != 0))) {
            keep++;
        }
        int e = i + shift;
        double m = Double.longBitsToDouble((long) (e + 1023) << 52); // 2^e, |e| < 128
        double v = keep * m;
        return neg ? -v : v;
    }

    private long ipow(long x, long y, Node at) {
        long r = 1;
        long b = x;
        long e = y;
        while (e > 0) {
            if ((e & 1) == 1) {
                r = Math.multiplyExact(r, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return r;
    }

    /** CPython's float ** float: its special cases in its order, then libm's pow (PyMath: correctly rounded). */
    double floatPow(double x, double y, Node at) {
        if (Double.isInfinite(y) || y != y || x != x) {
            return PyMath.pow(x, y); // C99's values, which CPython's float_pow spells out
        }
        if (x == 0 && y < 0) {
            throw error("ZeroDivisionError", "0.0 cannot be raised to a negative power", at);
        }
        if (x < 0 && Num.roundHalfEven(y) != y && !Double.isInfinite(x)) {
            throw error("ValueError", "negative number raised to a fractional power gives a complex number, which the playground does not support", at);
        }
        double r = PyMath.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x)) {
            throw error("OverflowError", "(34, 'Numerical result out of range')", at);
        }
        return r;
    }

    static double floatMod(double x, double y) {
        double mod = x % y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        return mod;
    }

    static double floorDiv(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                div -= 1.0;
            }
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return floordiv;
    }

    private Object valueOp(int op, Value a, Object b, Node at) {
        if (b instanceof Value) {
            Value y = (Value) b;
            switch (op) {
                case Ast.ADD: return vadd(a, y, at);
                case Ast.MUL: return vmul(a, y, at);
                case Ast.SUB: return vadd(a, vneg(y, at), at);
                case Ast.DIV: return vmul(a, vpow(y, -1L, at), at);
                case Ast.POW: throw error("AssertionError", "only supporting int/float powers for now", at);
                default: throw unsupported(op, a, b, at);
            }
        }
        if (!isNumber(b)) {
            if (b instanceof PyObj) {
                return objOp(op, a, b, at);
            }
            throw unsupported(op, a, b, at);
        }
        switch (op) {
            case Ast.ADD: return vadd(a, leaf(b, at), at);
            case Ast.MUL: return vmul(a, leaf(b, at), at);
            case Ast.SUB: return vadd(a, leaf(unary(Ast.NEG, b, at), at), at);
            case Ast.DIV: return vmul(a, leaf(numOp(Ast.POW, b, -1L, at), at), at);
            case Ast.POW: return vpow(a, b, at);
            default: throw unsupported(op, a, b, at);
        }
    }

    private Object valueROp(int op, Object a, Value b, Node at) {
        if (!isNumber(a)) {
            if (a instanceof PyObj) {
                return objOp(op, a, b, at);
            }
            throw unsupported(op, a, b, at);
        }
        switch (op) {
            case Ast.ADD: return vadd(b, leaf(a, at), at);
            case Ast.MUL: return vmul(b, leaf(a, at), at);
            case Ast.SUB: return vadd(vneg(b, at), leaf(a, at), at);
            case Ast.DIV: return vmul(vpow(b, -1L, at), leaf(a, at), at);
            default: throw unsupported(op, a, b, at);
        }
    }

    private Object objOp(int op, Object a, Object b, Node at) {
        String name = Ast.BIN_DUNDER[op];
        if (a instanceof PyObj && ((PyObj) a).cls.lookup("__" + name + "__") != null) {
            Object r = callMethod(a, "__" + name + "__", new Object[] {b}, NO_NAMES, NO_ARGS, at);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (b instanceof PyObj && ((PyObj) b).cls.lookup("__r" + name + "__") != null) {
            Object r = callMethod(b, "__r" + name + "__", new Object[] {a}, NO_NAMES, NO_ARGS, at);
            if (r != NOT_IMPLEMENTED) {
                return r;
            }
        }
        throw unsupported(op, a, b, at);
    }

    static final Object NOT_IMPLEMENTED = new Object() {
        @Override
        public String toString() {
            return "NotImplemented";
        }
    };

    Object inplace(int op, Object a, Object b, Node at) {
        if (op == Ast.ADD && a instanceof PyList) {
            ((PyList) a).items.addAll(toList(b, at));
            return a;
        }
        if (a instanceof PyObj && ((PyObj) a).cls.lookup("__i" + Ast.BIN_DUNDER[op] + "__") != null) {
            return callMethod(a, "__i" + Ast.BIN_DUNDER[op] + "__", new Object[] {b}, NO_NAMES, NO_ARGS, at);
        }
        if (a instanceof PySet && b instanceof PySet && op != Ast.ADD) {
            PySet r = (PySet) setOp(op, (PySet) a, (PySet) b, at);
            ((PySet) a).map.clear();
            ((PySet) a).map.putAll(r.map);
            return a;
        }
        return binop(op, a, b, at);
    }

    Object unary(int op, Object v, Node at) {
        if (v instanceof Value) {
            if (op == Ast.NEG) {
                return vneg((Value) v, at);
            }
            throw error("TypeError", "bad operand type for unary " + (op == Ast.POS ? "+" : "~") + ": 'Value'", at);
        }
        if (v instanceof Double) {
            if (op == Ast.NEG) {
                return -(Double) v;
            }
            if (op == Ast.POS) {
                return v;
            }
        } else if (isIntLike(v)) {
            if (v instanceof BigInt) {
                BigInt x = (BigInt) v;
                return Ints.norm(op == Ast.NEG ? x.negate() : op == Ast.POS ? x : x.not());
            }
            long x = toLong(v);
            if (op == Ast.NEG) {
                if (x == Long.MIN_VALUE) {
                    return Ints.norm(BigInt.of(x).negate());
                }
                return -x;
            }
            if (op == Ast.POS) {
                return x;
            }
            if (op == Ast.INV) {
                return ~x;
            }
        } else if (v instanceof PyObj) {
            String n = op == Ast.NEG ? "__neg__" : op == Ast.POS ? "__pos__" : "__invert__";
            if (((PyObj) v).cls.lookup(n) != null) {
                return callMethod(v, n, NO_ARGS, NO_NAMES, NO_ARGS, at);
            }
        }
        throw error("TypeError", "bad operand type for unary " + (op == Ast.NEG ? "-" : op == Ast.POS ? "+" : "~") + ": '" + typeName(v) + "'", at);
    }

    private int cmpDepth;

    /** Guards recursive comparisons of nested containers (no Java stack overflow on deep data). */
    private void enterCmp() {
        if (++cmpDepth > 500) {
            cmpDepth = 0;
            throw error("RecursionError", "maximum recursion depth exceeded in comparison", null);
        }
    }

    boolean pyEquals(Object a, Object b) {
        if (a instanceof PyList || a instanceof PyTuple || a instanceof PyDict) {
            enterCmp();
            try {
                return pyEquals0(a, b);
            } finally {
                cmpDepth--;
            }
        }
        return pyEquals0(a, b);
    }

    private boolean pyEquals0(Object a, Object b) {
        if (a == b) {
            return !(a instanceof Double && ((Double) a).isNaN());
        }
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) {
                if (a instanceof BigInt || b instanceof BigInt) {
                    return a.equals(b); // normalized: a big int never equals a 64-bit one
                }
                return toLong(a) == toLong(b);
            }
            if (isIntLike(a)) {
                return Ints.compare(a, (Double) b) == 0;
            }
            if (isIntLike(b)) {
                return Ints.compare(b, (Double) a) == 0;
            }
            return toDouble(a) == toDouble(b);
        }
        if (a instanceof String && b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof PyList && b instanceof PyList) {
            return seqEquals(((PyList) a).items, ((PyList) b).items);
        }
        if (a instanceof PyTuple && b instanceof PyTuple) {
            return seqEquals(Arrays.asList(((PyTuple) a).items), Arrays.asList(((PyTuple) b).items));
        }
        if (a instanceof PyDict && b instanceof PyDict) {
            PyDict x = (PyDict) a;
            PyDict y = (PyDict) b;
            if (x.size() != y.size()) {
                return false;
            }
            for (Map.Entry<Object, Object[]> e : x.map.entrySet()) {
                Object[] o = y.map.get(e.getKey());
                if (o == null || !pyEquals(e.getValue()[1], o[1])) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof PySet && b instanceof PySet) {
            return ((PySet) a).map.keySet().equals(((PySet) b).map.keySet());
        }
        if (a instanceof PyRange && b instanceof PyRange) {
            return seqEquals(toList(a, null), toList(b, null));
        }
        // __eq__, then the reflected one; NotImplemented from both: identity (checked above), so not equal
        if (a instanceof PyObj && ((PyObj) a).cls.lookup("__eq__") != null) {
            Object r = callMethod(a, "__eq__", new Object[] {b}, NO_NAMES, NO_ARGS, null);
            if (r != NOT_IMPLEMENTED) {
                return truthy(r);
            }
        }
        if (b instanceof PyObj && ((PyObj) b).cls.lookup("__eq__") != null) {
            Object r = callMethod(b, "__eq__", new Object[] {a}, NO_NAMES, NO_ARGS, null);
            if (r != NOT_IMPLEMENTED) {
                return truthy(r);
            }
        }
        return false;
    }

    private boolean seqEquals(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!pyEquals(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    Object compare(int op, Object a, Object b, Node at) {
        if (a instanceof Long && b instanceof Long) {
            long x = (Long) a;
            long y = (Long) b;
            switch (op) {
                case Ast.LT: return x < y;
                case Ast.GT: return x > y;
                case Ast.EQ: return x == y;
                case Ast.NE: return x != y;
                case Ast.LE: return x <= y;
                case Ast.GE: return x >= y;
                default: break;
            }
        } else if (a instanceof Double && b instanceof Double && op <= Ast.GE) {
            double x = (Double) a;
            double y = (Double) b;
            switch (op) {
                case Ast.LT: return x < y;
                case Ast.GT: return x > y;
                case Ast.EQ: return x == y;
                case Ast.NE: return x != y;
                case Ast.LE: return x <= y;
                default: return x >= y;
            }
        }
        switch (op) {
            case Ast.EQ: return pyEquals(a, b);
            case Ast.NE:
                if (a instanceof PyObj && ((PyObj) a).cls.lookup("__ne__") != null) {
                    return callMethod(a, "__ne__", new Object[] {b}, NO_NAMES, NO_ARGS, at);
                }
                return !pyEquals(a, b);
            case Ast.IS: return a == b || a instanceof Boolean && a.equals(b) || isSmallIntSame(a, b);
            case Ast.ISNOT: return !(a == b || a instanceof Boolean && a.equals(b) || isSmallIntSame(a, b));
            case Ast.IN: return contains(b, a, at);
            case Ast.NOTIN: return !contains(b, a, at);
            default:
                // rich comparison: a user's __lt__ & co. may return any object (numpy's elementwise arrays)
                if (a instanceof PyObj && ((PyObj) a).cls.lookup(CMP_DUNDER[op]) != null) {
                    return callMethod(a, CMP_DUNDER[op], new Object[] {b}, NO_NAMES, NO_ARGS, at);
                }
                if (!(a instanceof PyObj) && b instanceof PyObj && ((PyObj) b).cls.lookup(CMP_REFLECT[op]) != null) {
                    return callMethod(b, CMP_REFLECT[op], new Object[] {a}, NO_NAMES, NO_ARGS, at);
                }
                return order(op, a, b, at);
        }
    }

    private static boolean isSmallIntSame(Object a, Object b) {
        return a instanceof Long && b instanceof Long && ((Long) a).longValue() == (Long) b && (Long) a >= -5 && (Long) a <= 256;
    }

    private static final String[] CMP_DUNDER = {"__lt__", "__gt__", "", "", "__le__", "__ge__"};
    private static final String[] CMP_REFLECT = {"__gt__", "__lt__", "", "", "__ge__", "__le__"};

    boolean order(int op, Object a, Object b, Node at) {
        int c;
        if (isNumber(a) && isNumber(b)) {
            if (isIntLike(a) && isIntLike(b)) {
                c = a instanceof Long && b instanceof Long ? Long.compare((Long) a, (Long) b) : Ints.big(a).compareTo(Ints.big(b));
            } else if (isIntLike(a) || isIntLike(b)) {
                c = isIntLike(a) ? Ints.compare(a, (Double) b) : -Ints.compare(b, (Double) a);
                if (c == 2 || c == -2) {
                    return false; // NaN
                }
            } else {
                double x = toDouble(a);
                double y = toDouble(b);
                if (Double.isNaN(x) || Double.isNaN(y)) {
                    return false;
                }
                c = x < y ? -1 : x > y ? 1 : 0;
            }
        } else if (a instanceof String && b instanceof String) {
            c = ((String) a).compareTo((String) b);
        } else if (a instanceof PyList && b instanceof PyList) {
            return seqOrder(op, ((PyList) a).items, ((PyList) b).items, at);
        } else if (a instanceof PyTuple && b instanceof PyTuple) {
            return seqOrder(op, Arrays.asList(((PyTuple) a).items), Arrays.asList(((PyTuple) b).items), at);
        } else if (a instanceof PySet && b instanceof PySet) {
            java.util.Set<Object> x = ((PySet) a).map.keySet();
            java.util.Set<Object> y = ((PySet) b).map.keySet();
            switch (op) {
                case Ast.LE: return y.containsAll(x);
                case Ast.GE: return x.containsAll(y);
                case Ast.LT: return y.containsAll(x) && y.size() > x.size();
                default: return x.containsAll(y) && x.size() > y.size();
            }
        } else {
            if (a instanceof PyObj && ((PyObj) a).cls.lookup(CMP_DUNDER[op]) != null) {
                return truthy(callMethod(a, CMP_DUNDER[op], new Object[] {b}, NO_NAMES, NO_ARGS, at));
            }
            if (b instanceof PyObj && ((PyObj) b).cls.lookup(CMP_REFLECT[op]) != null) {
                return truthy(callMethod(b, CMP_REFLECT[op], new Object[] {a}, NO_NAMES, NO_ARGS, at));
            }
            throw error("TypeError", "'" + Ast.CMP_SYM[op] + "' not supported between instances of '" + typeName(a) + "' and '" + typeName(b) + "'", at);
        }
        switch (op) {
            case Ast.LT: return c < 0;
            case Ast.GT: return c > 0;
            case Ast.LE: return c <= 0;
            default: return c >= 0;
        }
    }

    private boolean seqOrder(int op, List<Object> a, List<Object> b, Node at) {
        enterCmp();
        try {
            return seqOrder0(op, a, b, at);
        } finally {
            cmpDepth--;
        }
    }

    private boolean seqOrder0(int op, List<Object> a, List<Object> b, Node at) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            if (!pyEquals(a.get(i), b.get(i))) {
                return order(op, a.get(i), b.get(i), at);
            }
        }
        int c = Integer.compare(a.size(), b.size());
        switch (op) {
            case Ast.LT: return c < 0;
            case Ast.GT: return c > 0;
            case Ast.LE: return c <= 0;
            default: return c >= 0;
        }
    }

    boolean contains(Object container, Object x, Node at) {
        if (container instanceof PyList) {
            for (Object o : ((PyList) container).items) {
                if (pyEquals(o, x)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PyTuple) {
            for (Object o : ((PyTuple) container).items) {
                if (pyEquals(o, x)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof PySet) {
            return ((PySet) container).map.containsKey(hashKey(x, at));
        }
        if (container instanceof PyDict) {
            return ((PyDict) container).map.containsKey(hashKey(x, at));
        }
        if (container instanceof PyView) {
            PyView v = (PyView) container;
            if (v.kind.equals("dict_keys")) {
                return v.dict.map.containsKey(hashKey(x, at));
            }
            for (Object o : v.items()) {
                if (pyEquals(o, x)) {
                    return true;
                }
            }
            return false;
        }
        if (container instanceof String) {
            if (!(x instanceof String)) {
                throw error("TypeError", "'in <string>' requires string as left operand, not " + typeName(x), at);
            }
            return ((String) container).contains((String) x);
        }
        if (container instanceof PyRange) {
            PyRange r = (PyRange) container;
            if (!isNumber(x)) {
                return false;
            }
            double d = toDouble(x);
            if (Num.roundHalfEven(d) != d) { // not Math.rint: TeaVM's goes through a long
                return false;
            }
            long v = (long) d;
            if (r.step > 0 ? v < r.start || v >= r.stop : v > r.start || v <= r.stop) {
                return false;
            }
            return (v - r.start) % r.step == 0;
        }
        if (container instanceof PyObj && ((PyObj) container).cls.lookup("__contains__") != null) {
            return truthy(callMethod(container, "__contains__", new Object[] {x}, NO_NAMES, NO_ARGS, at));
        }
        if (container instanceof PyIter || container instanceof PyObj) {
            Iterator<Object> it = iter(container, at);
            while (it.hasNext()) {
                if (pyEquals(it.next(), x)) {
                    return true;
                }
            }
            return false;
        }
        if (EnumModule.members(container) != null) {
            for (Object m : new PyView("dict_values", EnumModule.members(container)).items()) {
                if (m == x) {
                    return true;
                }
            }
            return false;
        }
        throw error("TypeError", "argument of type '" + typeName(container) + "' is not iterable", at);
    }

    Object hashKey(Object k, Node at) {
        Object nk;
        try {
            nk = Py.key(k);
        } catch (IllegalStateException e) {
            throw error("RecursionError", "maximum recursion depth exceeded while hashing", at);
        }
        if (nk instanceof Py.Unhashable) {
            throw error("TypeError", "unhashable type: '" + typeName(k) + "'", at);
        }
        if (nk instanceof Py.TupleKey) {
            for (Object o : ((Py.TupleKey) nk).k) {
                if (o instanceof Py.Unhashable) {
                    throw error("TypeError", "unhashable type: '" + typeName(((Py.Unhashable) o).value) + "'", at);
                }
            }
        }
        return nk;
    }

    void setAdd(PySet s, Object o, Node at) {
        Object k = hashKey(o, at);
        if (!s.map.containsKey(k)) {
            s.map.put(k, o);
        }
    }

    void dictPut(PyDict d, Object k, Object v, Node at) {
        Object nk = hashKey(k, at);
        Object[] e = d.map.get(nk);
        if (e == null) {
            d.map.put(nk, new Object[] {k, v});
        } else {
            e[1] = v;
        }
    }

    // ------------------------------------------------------------------ iteration

    Iterator<Object> iter(Object o, Node at) {
        if (o instanceof PyList) {
            final ArrayList<Object> l = ((PyList) o).items;
            return new Iterator<Object>() {
                int i;
                @Override
                public boolean hasNext() {
                    return i < l.size();
                }
                @Override
                public Object next() {
                    return l.get(i++);
                }
            };
        }
        if (o instanceof PyRange) {
            final PyRange r = (PyRange) o;
            return new Iterator<Object>() {
                long v = r.start;
                @Override
                public boolean hasNext() {
                    return r.step > 0 ? v < r.stop : v > r.stop;
                }
                @Override
                public Object next() {
                    long x = v;
                    v += r.step;
                    return x;
                }
            };
        }
        if (o instanceof PyTuple) {
            return Arrays.asList(((PyTuple) o).items).iterator();
        }
        if (o instanceof PyIter) {
            return ((PyIter) o).it;
        }
        if (o instanceof PyView) {
            return new Guarded(((PyView) o).items(), ((PyView) o).dict.map, "dictionary", at);
        }
        if (o instanceof String && Attrs.hasPairs((String) o)) {
            return Arrays.asList(Attrs.chars((String) o)).iterator();
        }
        if (o instanceof String) {
            String s = (String) o;
            ArrayList<Object> l = new ArrayList<>(s.length());
            for (int i = 0; i < s.length(); i++) {
                l.add(String.valueOf(s.charAt(i)));
            }
            return l.iterator();
        }
        if (o instanceof PyDict) {
            ArrayList<Object> l = new ArrayList<>();
            for (Object[] e : ((PyDict) o).map.values()) {
                l.add(e[0]);
            }
            return new Guarded(l, ((PyDict) o).map, "dictionary", at);
        }
        if (o instanceof PySet) {
            return new Guarded(SetOrder.order(((PySet) o).map.values(), ((PySet) o).literal), ((PySet) o).map, "Set", at);
        }
        if (o instanceof PyObj) {
            PyObj obj = (PyObj) o;
            if (obj.cls.lookup("__iter__") != null) {
                Object r = callMethod(o, "__iter__", NO_ARGS, NO_NAMES, NO_ARGS, at);
                if (r instanceof PyObj) {
                    if (((PyObj) r).cls.lookup("__next__") == null) {
                        throw error("TypeError", "iter() returned non-iterator of type '" + typeName(r) + "'", at);
                    }
                    return new Protocol(r, false, at);
                }
                if (r instanceof PyList || r instanceof PyTuple || r instanceof String || r instanceof PyDict
                        || r instanceof PySet || r instanceof PyRange || r instanceof PyView || isNumber(r) || r == Py.NONE) {
                    throw error("TypeError", "iter() returned non-iterator of type '" + typeName(r) + "'", at);
                }
                return iter(r, at);
            }
            if (obj.cls.lookup("__getitem__") != null) {
                return new Protocol(o, true, at);
            }
        }
        if (EnumModule.members(o) != null) { // an Enum class iterates over its members
            return new PyView("dict_values", EnumModule.members(o)).items().iterator();
        }
        throw error("TypeError", "'" + typeName(o) + "' object is not iterable", at);
    }

    /** len() of a user object: its __len__ must return an int >= 0 that fits an index. */
    long objLen(Object o, Node at) {
        Object r = callMethod(o, "__len__", NO_ARGS, NO_NAMES, NO_ARGS, at);
        if (!isIntLike(r)) {
            throw error("TypeError", "'" + typeName(r) + "' object cannot be interpreted as an integer", at);
        }
        if (Ints.big(r).signum() < 0) {
            throw error("ValueError", "__len__() should return >= 0", at);
        }
        if (r instanceof BigInt) {
            throw error("OverflowError", "cannot fit 'int' into an index-sized integer", at);
        }
        return toLong(r);
    }

    /** Whether iter(o) would succeed (for CPython's "cannot unpack non-iterable" message). */
    boolean iterable(Object o) {
        if (o instanceof PyObj) {
            PyClass c = ((PyObj) o).cls;
            return c.lookup("__iter__") != null || c.lookup("__getitem__") != null;
        }
        return o instanceof PyList || o instanceof PyTuple || o instanceof String || o instanceof PyDict || o instanceof PySet
                || o instanceof PyRange || o instanceof PyIter || o instanceof PyView;
    }

    /** Iterates a snapshot of a dict or set, failing as CPython does when the container changes size meanwhile. */
    private final class Guarded implements Iterator<Object> {
        private final List<Object> items;
        private final Map<?, ?> live;
        private final int size;
        private final String what;
        private final Node at;
        private int i;

        Guarded(List<Object> items, Map<?, ?> live, String what, Node at) {
            this.items = items;
            this.live = live;
            this.size = live.size();
            this.what = what;
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            if (live.size() != size) {
                throw error("RuntimeError", what + " changed size during iteration", at);
            }
            return i < items.size();
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.get(i++);
        }
    }

    /** A user object's iteration: __next__ until StopIteration, or __getitem__(0, 1, ...) until IndexError. */
    private final class Protocol implements Iterator<Object> {
        private final Object o;
        private final boolean byIndex;
        private final Node at;
        private long i;
        private Object next;
        private boolean ready;
        private boolean done;

        Protocol(Object o, boolean byIndex, Node at) {
            this.o = o;
            this.byIndex = byIndex;
            this.at = at;
        }

        @Override
        public boolean hasNext() {
            if (!ready && !done) {
                try {
                    next = byIndex ? callMethod(o, "__getitem__", new Object[] {i++}, NO_NAMES, NO_ARGS, at)
                            : callMethod(o, "__next__", NO_ARGS, NO_NAMES, NO_ARGS, at);
                    ready = true;
                } catch (PyException e) {
                    if (!e.catchable() || !(e.kind.equals("StopIteration") || byIndex && e.kind.equals("IndexError"))) {
                        throw e;
                    }
                    done = true;
                }
            }
            return ready;
        }

        @Override
        public Object next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            ready = false;
            Object r = next;
            next = null;
            return r;
        }
    }

    ArrayList<Object> toList(Object o, Node at) {
        if (o instanceof PyList) {
            return new ArrayList<>(((PyList) o).items);
        }
        if (o instanceof PyTuple) {
            return new ArrayList<>(Arrays.asList(((PyTuple) o).items));
        }
        ArrayList<Object> l = new ArrayList<>();
        Iterator<Object> it = iter(o, at);
        while (it.hasNext()) {
            l.add(it.next());
            if ((l.size() & 1023) == 0) {
                steps += 1024;
                step(at);
                checkSize(l.size(), at);
            }
        }
        return l;
    }

    static final int MAX_LIST = 10_000_000;

    void checkSize(int n, Node at) {
        if (n > MAX_LIST) {
            throw fatal("MemoryError", "a list or string longer than " + MAX_LIST + " items is too big for the playground", at);
        }
    }

    // ------------------------------------------------------------------ attributes and items: see Attrs

    Object getattr(Object o, String name, Node at) {
        return Attrs.get(this, o, name, at);
    }

    void setattr(Object o, String name, Object v, Node at) {
        Attrs.set(this, o, name, v, at);
    }

    void delattr(Object o, String name, Node at) {
        Attrs.del(this, o, name, at);
    }

    Object getitem(Object o, Object k, Node at) {
        return Attrs.getitem(this, o, k, at);
    }

    void setitem(Object o, Object k, Object v, Node at) {
        Attrs.setitem(this, o, k, v, at);
    }

    void delitem(Object o, Object k, Node at) {
        Attrs.delitem(this, o, k, at);
    }

    Object callMethod(Object self, String name, Object[] args, String[] kn, Object[] kv, Node at) {
        return Calls.callMethod(this, self, name, args, kn, kv, at);
    }

    Object call(Object fn, Object[] args, String[] kn, Object[] kv, Node at) {
        return Calls.call(this, fn, args, kn, kv, at);
    }

    String percent(String fmt, Object args, Node at) {
        return charged(Builtins.percent(this, fmt, args, at), at);
    }

    void doImport(Ast.Import imp, Frame f) {
        Modules.doImport(this, imp, f);
    }

    Object makeSuper(Frame f, List<Object> args, Node at) {
        if (args != null && !args.isEmpty()) {
            if (args.size() != 2 || !(args.get(0) instanceof PyClass)) {
                throw error("TypeError", "super() takes a class and an instance", at);
            }
            return new PySuper((PyClass) args.get(0), args.get(1));
        }
        if (f.func == null || f.func.owner == null || f.func.params.positional.isEmpty()) {
            throw error("RuntimeError", "super(): no arguments", at);
        }
        Object self = f.get(f.func.params.positional.get(0).name);
        if (self == null) {
            throw error("RuntimeError", "super(): arg[0] deleted", at);
        }
        return new PySuper(f.func.owner, self);
    }

    // ------------------------------------------------------------------ exceptions

    PyException raise(Object exc, Node at, Frame f) {
        if (exc == null) {
            if (handling != null) {
                return handling;
            }
            return error("RuntimeError", "No active exception to reraise", at);
        }
        return Excs.raise(this, exc, at);
    }

    /** KeyError(k): its message is repr(k), its args (k,). */
    PyException keyError(Object k, Node at) {
        String m = repr(k);
        PyException pe = error("KeyError", m, at);
        pe.value = new PyExc(Builtins.exceptionType(this, "KeyError"), m, new Object[] {k});
        return pe;
    }

    Ast.Handler matchHandler(List<Ast.Handler> handlers, PyException e, Frame f) {
        for (Ast.Handler h : handlers) {
            if (h.type == null) {
                return h;
            }
            Object t = h.type.eval(this, f);
            if (t instanceof PyTuple) {
                for (Object x : ((PyTuple) t).items) {
                    if (excMatches(x, e, h.type)) {
                        return h;
                    }
                }
            } else if (excMatches(t, e, h.type)) {
                return h;
            }
        }
        return null;
    }

    private boolean excMatches(Object t, PyException e, Node at) {
        if (t instanceof PyClass && ((PyClass) t).exc != null) {
            return e.value instanceof PyObj && ((PyObj) e.value).cls.isSubclassOf((PyClass) t);
        }
        if (!(t instanceof PyType) || !Builtins.isExceptionType((PyType) t)) {
            throw error("TypeError", "catching classes that do not inherit from BaseException is not allowed", at);
        }
        PyType want = (PyType) t;
        PyType from = e.value instanceof PyObj ? ((PyObj) e.value).exc.type : Builtins.exceptionType(this, e.kind);
        for (PyType k = from; k != null; k = k.base) {
            if (k == want) {
                return true;
            }
        }
        return false;
    }

    Object exceptionObject(PyException e) {
        if (e.value == null) {
            String m = e.getMessage();
            PyExc x = new PyExc(Builtins.exceptionType(this, e.kind), m == null || m.isEmpty() ? null : m); // args (), not ('',)
            e.value = x;
            Excs.raised(x);
            if (e.context != null && e.context != e) {
                x.context = exceptionObject(e.context);
            }
        }
        return e.value;
    }

    final StringBuilder err = new StringBuilder();

    /** print(..., file=sys.stderr): kept apart from the program's output. */
    void printErr(String s) {
        if (err.length() < limits.maxOutput()) {
            err.append(s);
        }
    }

    Consumer<CharSequence> printed; // hears the output after each print, or null (see Program.run)

    void print(String s) {
        out.append(s);
        if (out.length() > limits.maxOutput()) {
            throw fatal("BudgetError", "output budget exceeded: the program printed more than " + limits.maxOutput() + " characters", null);
        }
        if (printed != null) {
            printed.accept(out);
        }
    }
}
