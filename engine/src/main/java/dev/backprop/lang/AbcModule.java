package dev.backprop.lang;

import dev.backprop.lang.Py.PyModule;

/**
 * The abc module: ABC, abstractmethod and abstract properties. abstractmethod records the function in a list
 * (the playground's functions take no attributes); ABC.__new__ refuses a class that still has one.
 */
final class AbcModule {
    private AbcModule() {
    }

    static final String SRC = "abc.py"; // in dev/backprop/lang/py/

    static PyModule create(Interp in) {
        PyModule m = new PyModule("abc");
        Preludes.runFile(in, SRC, m);
        return m;
    }
}
