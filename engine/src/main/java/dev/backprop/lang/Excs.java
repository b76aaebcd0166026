package dev.backprop.lang;

/** Exception objects: their class, as Python sees it. */
final class Excs {
    private Excs() {
    }

    /** type(e) of an exception object. */
    static Object typeOf(Interp in, Object e) {
        if (e instanceof Py.PyExc) {
            return ((Py.PyExc) e).type;
        }
        if (e instanceof Py.PyObj) {
            return ((Py.PyObj) e).cls;
        }
        return Py.NONE;
    }
}
