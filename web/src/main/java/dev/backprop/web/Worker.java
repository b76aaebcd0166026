package dev.backprop.web;

import dev.backprop.py.Chars;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.lang.Wire;
import java.util.function.Consumer;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;
import org.teavm.jso.browser.Performance;

/**
 * The Web Worker's side of a run (no DOM here): public/worker.js loads app.js and calls
 * {@code main(['worker'])}, which lands in {@link #start}. Each message is one program to run; the answer
 * is the whole run as a {@link Wire} string, so the page never waits on a long program.
 */
final class Worker {
    private Worker() {
    }

    static void start() {
        listen(request -> answer(request, true));
    }

    /** The page's request, {@code "id,maxSteps,maxNodes,source"}, answered with {@code "id," + Wire.encode(run)}. */
    static String answer(String request) {
        return answer(request, false);
    }

    /** ... and with {@code stream}, what the program prints goes to the page meanwhile (see {@link Stream}). */
    private static String answer(String request, boolean stream) {
        int a = request.indexOf(',');
        int b = request.indexOf(',', a + 1);
        int c = request.indexOf(',', b + 1);
        String id = request.substring(0, a);
        Limits limits = Limits.DEFAULT.withMaxSteps((int) Chars.parseLong(request.substring(a + 1, b), 10))
                .withMaxNodes((int) Chars.parseLong(request.substring(b + 1, c), 10));
        String source = request.substring(c + 1);
        Run run = stream ? Program.run(source, limits, new Stream(id)) : Program.run(source, limits);
        return id + "," + Wire.encode(run);
    }

    /**
     * Sends the page what the program printed since the last message, {@code "id,p,text"}, at the first
     * print and then at a print at least 150 ms after the last message: a training loop's lines appear while
     * it runs, without a message per print.
     */
    private static final class Stream implements Consumer<CharSequence> {
        private final String id;
        private int sent;
        private double last = Double.NEGATIVE_INFINITY;

        Stream(String id) {
            this.id = id;
        }

        @Override
        public void accept(CharSequence out) {
            double now = Performance.now();
            if (now - last >= 150) {
                last = now;
                post(id + ",p," + out.subSequence(sent, out.length()));
                sent = out.length();
            }
        }
    }

    @JSBody(params = "s", script = "self.postMessage(s);")
    private static native void post(String s);

    /** The request format {@link #answer} reads (steps as an int: at most Integer.MAX_VALUE). */
    static String request(int id, Limits limits, String source) {
        return id + "," + (int) Math.min(limits.maxSteps(), Integer.MAX_VALUE) + "," + limits.maxNodes() + "," + source;
    }

    @JSFunctor
    interface Handler extends JSObject {
        String answer(String request);
    }

    // "ready" first: the page tells a worker that never started (blocked, missing) from one that crashed
    @JSBody(params = "h", script = "self.onmessage = function (e) { self.postMessage(h(e.data)); }; self.postMessage('ready');")
    private static native void listen(Handler h);
}
