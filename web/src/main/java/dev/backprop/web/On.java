package dev.backprop.web;

import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * Every DOM listener, timer and request callback (readystatechange) of the page, as one class with a kind that {@link Main#on},
 * {@link TrainView#on} or {@link Runner#on} dispatch on. Why not lambdas: TeaVM emits a class, a constructor and an exported
 * wrapper for each lambda, and ~40 of them cost ~0.5 KB gzip more page script than this one class.
 */
final class On implements EventListener<Event>, TimerHandler, AnimationFrameCallback {
    /** Kinds from this one on belong to {@link TrainView}, from {@link #RUNNER} on to {@link Runner}. */
    static final int TRAIN = 100;
    static final int RUNNER = 200;

    final int kind;
    final int i;       // a kind's int argument (a neuron, a bias index, a layer...)
    final Object a;    // a kind's object argument (an element, a request...)
    final Object b;

    On(int kind) {
        this(kind, 0, null, null);
    }

    On(int kind, int i, Object a, Object b) {
        this.kind = kind;
        this.i = i;
        this.a = a;
        this.b = b;
    }

    @Override
    public void handleEvent(Event e) {
        if (kind < TRAIN) {
            Main.on(this, e);
        } else if (kind < RUNNER) {
            TrainView.on(this, e);
        } else {
            Runner.on(this, e);
        }
    }

    @Override
    public void onTimer() {
        handleEvent(null);
    }

    @Override
    public void onAnimationFrame(double timestamp) {
        handleEvent(null);
    }
}
