package dev.backprop.web;

import org.teavm.jso.browser.AnimationFrameCallback;
import org.teavm.jso.browser.TimerHandler;
import org.teavm.jso.dom.events.Event;
import org.teavm.jso.dom.events.EventListener;

/**
 * The Train view's DOM listeners and timers, as one class with a kind that {@link TrainView#on} dispatches on.
 * The graph page uses typed callbacks instead; this numbered switch is left for the Train view's rework.
 */
final class On implements EventListener<Event>, TimerHandler, AnimationFrameCallback {
    /** The first of {@link TrainView}'s kinds. */
    static final int TRAIN = 100;

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
        TrainView.on(this, e);
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
