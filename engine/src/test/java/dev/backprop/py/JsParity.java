package dev.backprop.py;

import org.teavm.jso.JSBody;

/**
 * The TeaVM entry of {@link Parity}: main([kind, data]) runs one check and leaves its text in the page's
 * {@code parityOut} (one value instead of thousands of console lines).
 */
public final class JsParity {
    private JsParity() {
    }

    public static void main(String[] args) {
        dev.backprop.lang.PySource.use(JsParity::pyFile); // the page's modules in py/, put there by ParityIT
        done(Parity.run(args[0], args.length > 1 ? args[1] : ""));
    }

    @JSBody(params = "f", script = "return globalThis.pySources[f] || null;")
    private static native String pyFile(String f);

    @JSBody(params = "s", script = "globalThis.parityOut = s;")
    private static native void done(String s);
}
