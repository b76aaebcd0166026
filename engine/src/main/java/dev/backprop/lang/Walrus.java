package dev.backprop.lang;

import dev.backprop.lang.Ast.Expr;

/** {@code (name := value)}: binds in the enclosing function or module, also from inside a comprehension. */
final class Walrus extends Expr {
    final Ast.Name target;
    final Expr value;

    Walrus(Ast.Name target, Expr value) {
        this.target = target;
        this.value = value;
    }

    @Override
    Object eval(Interp in, Frame f) {
        Object v = value.eval(in, f);
        Frame t = f;
        while (t.scope != null && t.scope.comp) {
            if (t.closure == null) {
                f.globals.put(target.id, v);
                in.assigned(target.id, v, f);
                return v;
            }
            t = t.closure;
        }
        target.assign(in, t, v);
        return v;
    }
}
