package dev.backprop.lang;

import dev.backprop.lang.Ast.Expr;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;
import java.util.List;

/**
 * The match statement's patterns. The parser lowers {@code match s: case P if g: body ...} to an assignment of s
 * to a hidden name and an if/elif chain whose conditions are {@link Test}s, so loops, returns and generators
 * inside the cases are the if statement's (no new statement for the execution core).
 */
final class Match {
    private Match() {
    }

    /** One case's condition: the pattern matches the subject (binding its captures), and the guard holds. */
    static final class Test extends Expr {
        final Pat pat;
        final Expr subject;
        final Expr guard; // null: none
        Test(Pat pat, Expr subject, Expr guard) {
            this.pat = pat;
            this.subject = subject;
            this.guard = guard;
        }
        @Override
        Object eval(Interp in, Frame f) {
            return pat.match(in, f, subject.eval(in, f)) && (guard == null || in.truthy(guard.eval(in, f)));
        }
    }

    abstract static class Pat {
        abstract boolean match(Interp in, Frame f, Object v);
    }

    /** A capture ({@code case x}) or the wildcard {@code _} (name null). */
    static final class Capture extends Pat {
        final String name;
        final Pat inner; // {@code P as name}; null for a bare capture
        Capture(String name, Pat inner) {
            this.name = name;
            this.inner = inner;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            if (inner != null && !inner.match(in, f, v)) {
                return false;
            }
            if (name != null) {
                new Ast.Name(name).assign(in, f, v);
            }
            return true;
        }
    }

    /** A literal or a dotted name: equal to the subject (None, True and False: the same object). */
    static final class Value extends Pat {
        final Expr value;
        Value(Expr value) {
            this.value = value;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            Object x = value.eval(in, f);
            if (x == Py.NONE || x instanceof Boolean) {
                return x == Py.NONE ? v == Py.NONE : v instanceof Boolean && x.equals(v);
            }
            return in.pyEquals(v, x);
        }
    }

    static final class Or extends Pat {
        final List<Pat> alts;
        Or(List<Pat> alts) {
            this.alts = alts;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            for (Pat p : alts) {
                if (p.match(in, f, v)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** {@code [a, *rest, b]} / {@code (a, b)}: any sequence but str, bytes and dicts. */
    static final class Seq extends Pat {
        final List<Pat> items;
        final int star;        // index of the starred item, or -1
        final String starName; // null: {@code *_}
        Seq(List<Pat> items, int star, String starName) {
            this.items = items;
            this.star = star;
            this.starName = starName;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            if (!(v instanceof PyList || v instanceof PyTuple || v instanceof PyRange
                    || v instanceof PyObj && !(v instanceof String) && Bytes.of(v) == null && seqLike((PyObj) v))) {
                return false;
            }
            List<Object> xs = in.toList(v, null);
            int n = items.size();
            int after = star < 0 ? 0 : n - star - 1; // items after the star
            if (star < 0 ? xs.size() != n : xs.size() < n - 1) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (i == star) {
                    continue;
                }
                if (!items.get(i).match(in, f, xs.get(star < 0 || i < star ? i : xs.size() - (n - i)))) {
                    return false;
                }
            }
            if (star >= 0 && starName != null) {
                new Ast.Name(starName).assign(in, f, new PyList(new ArrayList<>(xs.subList(star, xs.size() - after))));
            }
            return true;
        }

        /** A user sequence: a namedtuple, deque, or a class with __getitem__ and __len__ that is no mapping. */
        private static boolean seqLike(PyObj o) {
            return Builtins.namedTuple(o.cls) || o.cls.name.equals("deque")
                    || o.cls.lookup("__getitem__") != null && o.cls.lookup("__len__") != null && o.cls.lookup("keys") == null;
        }
    }

    /** {@code {'k': P, **rest}}: a dict (or a mapping with keys/get) holding every key. */
    static final class Mapping extends Pat {
        final List<Expr> keys;
        final List<Pat> values;
        final String rest; // null: none
        Mapping(List<Expr> keys, List<Pat> values, String rest) {
            this.keys = keys;
            this.values = values;
            this.rest = rest;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            boolean dict = v instanceof PyDict;
            if (!dict && !(v instanceof PyObj && ((PyObj) v).cls.lookup("keys") != null && ((PyObj) v).cls.lookup("get") != null)) {
                return false;
            }
            Object missing = new Object();
            List<Object> ks = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Object k = keys.get(i).eval(in, f);
                ks.add(k);
                Object x = dict ? ((PyDict) v).get(k)
                        : in.callMethod(v, "get", new Object[] {k, missing}, Interp.NO_NAMES, Interp.NO_ARGS, null);
                if (x == null || x == missing || !values.get(i).match(in, f, x)) {
                    return false;
                }
            }
            if (rest != null) {
                PyDict r = new PyDict();
                for (Object k : in.toList(v, null)) {
                    boolean taken = false;
                    for (Object t : ks) {
                        taken |= in.pyEquals(k, t);
                    }
                    if (!taken) {
                        r.put(k, dict ? ((PyDict) v).get(k) : in.getitem(v, k, null));
                    }
                }
                new Ast.Name(rest).assign(in, f, r);
            }
            return true;
        }
    }

    /** {@code Point(x, y=0)}: an instance of the class, positional sub-patterns by __match_args__. */
    static final class ClassPat extends Pat {
        final Expr cls;
        final List<Pat> args;
        final List<String> kwNames;
        final List<Pat> kwPats;
        ClassPat(Expr cls, List<Pat> args, List<String> kwNames, List<Pat> kwPats) {
            this.cls = cls;
            this.args = args;
            this.kwNames = kwNames;
            this.kwPats = kwPats;
        }
        @Override
        boolean match(Interp in, Frame f, Object v) {
            Object c = cls.eval(in, f);
            if (!(c instanceof PyClass || c instanceof PyType)) {
                throw in.error("TypeError", "called match pattern must be a class", cls);
            }
            if (!(Boolean) Builtins.isinstance(in, v, c, cls)) {
                return false;
            }
            if (!args.isEmpty()) {
                if (c instanceof PyType) { // bool, int, float, str, list, dict...: one sub-pattern, the subject itself
                    if (args.size() > 1) {
                        throw in.error("TypeError", ((PyType) c).name + "() accepts 1 positional sub-pattern (" + args.size() + " given)", cls);
                    }
                    if (!args.get(0).match(in, f, v)) {
                        return false;
                    }
                } else {
                    Object ma = ((PyClass) c).lookup("__match_args__");
                    List<Object> names = ma instanceof PyTuple ? in.toList(ma, cls) : null;
                    if (names == null || names.size() < args.size()) {
                        throw in.error("TypeError", ((PyClass) c).name + "() accepts " + (names == null ? 0 : names.size())
                                + " positional sub-pattern" + (names != null && names.size() == 1 ? "" : "s") + " (" + args.size() + " given)", cls);
                    }
                    for (int i = 0; i < args.size(); i++) {
                        if (!attr(in, f, v, (String) names.get(i), args.get(i))) {
                            return false;
                        }
                    }
                }
            }
            for (int i = 0; i < kwNames.size(); i++) {
                if (!attr(in, f, v, kwNames.get(i), kwPats.get(i))) {
                    return false;
                }
            }
            return true;
        }

        private boolean attr(Interp in, Frame f, Object v, String name, Pat p) {
            Object x;
            try {
                x = in.getattr(v, name, cls);
            } catch (PyException e) {
                if (!e.kind.equals("AttributeError")) {
                    throw e;
                }
                return false;
            }
            return p.match(in, f, x);
        }
    }
}
