package dev.backprop.layout;

import dev.backprop.py.Num;
import dev.backprop.engine.Value;
import java.util.ArrayList;
import java.util.List;

/** The chain rule at one node, in words and numbers, for the hover card. */
public final class Explain {
    private Explain() {
    }

    /** How {@code v} was computed, e.g. {@code L = d * f} or {@code o = tanh(n)}; a leaf says so. */
    public static String expression(Value v) {
        List<Value> k = v.children();
        String name = v.name();
        Value.Kind kind = v.kind();
        if (kind == Value.Kind.LEAF) {
            return name + " is a leaf (an input or parameter)";
        }
        if (kind == Value.Kind.ADD || kind == Value.Kind.MUL) {
            StringBuilder sb = new StringBuilder(name).append(" = ");
            for (int i = 0; i < k.size(); i++) {
                sb.append(i == 0 ? "" : kind == Value.Kind.ADD ? " + " : " * ").append(k.get(i).name());
            }
            return sb.toString();
        }
        if (kind == Value.Kind.POW) {
            return name + " = " + k.get(0).name() + "**" + Num.repr(v.exponent());
        }
        return name + " = " + v.op() + "(" + k.get(0).name() + ")";
    }

    /**
     * The lines of the card: the expression, then per child its local derivative and what backward
     * adds to its grad, e.g. {@code dL/dd = f.data = -2.0} and {@code d.grad += dL/dd * L.grad = -2.0 * 1.0 = -2.0}.
     */
    public static List<String> lines(Value v) {
        List<String> out = new ArrayList<>();
        out.add(expression(v));
        if (v.isLeaf()) {
            out.add(v.name() + ".grad = " + Num.repr(v.grad()) + ": the sum of the chain-rule terms from every use");
            return out;
        }
        for (Value.Local l : v.locals()) {
            out.add(l.toString());
            out.add(l.child().name() + ".grad += " + l.derivative() + " * " + v.name() + ".grad = "
                    + Num.repr(l.value()) + " * " + Num.repr(v.grad()) + " = " + Num.repr(l.value() * v.grad()));
        }
        return out;
    }
}
