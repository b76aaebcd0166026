package dev.backprop.lang;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * One activation: module, function call, class body or comprehension. Module and class frames keep their
 * names in a map (their dict); function and comprehension frames keep their locals in an array indexed by
 * {@link Ast.Scope#slot} (no map per call), plus a small map for names outside the scope's table (a lowered
 * generator's temporaries, a comprehension's ".0").
 */
final class Frame {
    final Map<String, Object> vars; // module and class frames; null for function frames
    final Object[] slots;           // function frames: locals by slot; null otherwise
    HashMap<String, Object> extra;  // function frames: names without a slot, made on first use
    final Map<String, Object> globals;
    final Ast.Scope scope;     // null for the module frame
    final Frame closure;       // enclosing function frame (free variables)
    final boolean isClass;
    final Py.PyFunc func;      // the function being run, null for module/class
    final boolean prelude;     // code of the built-in micrograd prelude
    Object ret;
    int callId;

    Frame(Map<String, Object> vars, Map<String, Object> globals, Ast.Scope scope, Frame closure, boolean isClass,
            Py.PyFunc func, boolean prelude, int callId) {
        this.vars = vars;
        this.slots = null;
        this.globals = globals;
        this.scope = scope;
        this.closure = closure;
        this.isClass = isClass;
        this.func = func;
        this.prelude = prelude;
        this.callId = callId;
    }

    /** A function or comprehension frame: its locals in slots. */
    Frame(Ast.Scope scope, Map<String, Object> globals, Frame closure, Py.PyFunc func, boolean prelude, int callId) {
        this.vars = null;
        this.slots = new Object[scope.slotCount()];
        this.globals = globals;
        this.scope = scope;
        this.closure = closure;
        this.isClass = false;
        this.func = func;
        this.prelude = prelude;
        this.callId = callId;
    }

    static Frame module(Map<String, Object> globals, boolean prelude) {
        return new Frame(globals, globals, null, null, false, null, prelude, 0);
    }

    static Frame function(Py.PyFunc fn, int callId) {
        if (!fn.scope.laidOut()) {
            fn.scope.layout(fn.params);
        }
        return new Frame(fn.scope, fn.globals, fn.closure, fn, fn.prelude, callId);
    }

    /** A local's value, null when unbound. */
    Object get(String name) {
        if (vars != null) {
            return vars.get(name);
        }
        int k = scope.slot(name);
        if (k >= 0) {
            return slots[k];
        }
        return extra == null ? null : extra.get(name);
    }

    void put(String name, Object value) {
        if (vars != null) {
            vars.put(name, value);
            return;
        }
        int k = scope.slot(name);
        if (k >= 0) {
            slots[k] = value;
            return;
        }
        if (extra == null) {
            extra = new HashMap<>();
        }
        extra.put(name, value);
    }

    /** Whether this frame binds name (for nonlocal: a local of its scope, even while unbound). */
    boolean binds(String name) {
        if (vars != null) {
            return vars.containsKey(name);
        }
        return scope.slot(name) >= 0 || extra != null && extra.containsKey(name);
    }

    /** Unbinds name; returns its value, null when it was unbound. */
    Object remove(String name) {
        if (vars != null) {
            return vars.remove(name);
        }
        int k = scope.slot(name);
        if (k >= 0) {
            Object v = slots[k];
            slots[k] = null;
            return v;
        }
        return extra == null ? null : extra.remove(name);
    }

    /** The bound names (for a NameError's suggestion). */
    Collection<String> names() {
        if (vars != null) {
            return vars.keySet();
        }
        ArrayList<String> out = new ArrayList<>();
        String[] ns = scope.slotNames();
        for (int i = 0; i < ns.length; i++) {
            if (slots[i] != null) {
                out.add(ns[i]);
            }
        }
        if (extra != null) {
            out.addAll(extra.keySet());
        }
        return out;
    }
}
