package dev.backprop.lang;

import java.util.HashMap;
import java.util.Map;

/** One activation: module, function call, class body or comprehension. */
final class Frame {
    final Map<String, Object> vars;
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
        this.globals = globals;
        this.scope = scope;
        this.closure = closure;
        this.isClass = isClass;
        this.func = func;
        this.prelude = prelude;
        this.callId = callId;
    }

    static Frame module(Map<String, Object> globals, boolean prelude) {
        return new Frame(globals, globals, null, null, false, null, prelude, 0);
    }

    static Frame function(Py.PyFunc fn, int callId) {
        return new Frame(new HashMap<>(), fn.globals, fn.scope, fn.closure, false, fn, fn.prelude, callId);
    }
}
