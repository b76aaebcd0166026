package dev.backprop.lang;

import dev.backprop.lang.Py.PyClass;
import dev.backprop.lang.Py.PyDict;
import dev.backprop.lang.Py.PyModule;

/**
 * The enum module: Enum, IntEnum, auto and unique. A subclass of Enum turns its plain class attributes into
 * members (instances made once) when it is created (__init_subclass__); the class itself then iterates, counts
 * and subscripts over its members as CPython's EnumType does (see {@link #members}).
 */
final class EnumModule {
    private EnumModule() {
    }

    static final String SRC = "enum.py"; // in dev/backprop/lang/py/

    static PyModule create(Interp in) {
        PyModule m = new PyModule("enum");
        Preludes.runFile(in, SRC, m);
        return m;
    }

    /** An Enum class's members by name, aliases left out (its _member_map_), or null for other classes. */
    static PyDict members(Object o) {
        if (o instanceof PyClass) {
            Object m = ((PyClass) o).dict.get("_member_map_");
            return m instanceof PyDict ? (PyDict) m : null;
        }
        return null;
    }

    /** An Enum class's members by name with aliases (its __members__), for Color['RED']. */
    static PyDict byName(Object o) {
        Object m = ((PyClass) o).dict.get("__members__");
        return m instanceof PyDict ? (PyDict) m : members(o);
    }
}
