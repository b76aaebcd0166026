package dev.backprop.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A module's (or the built-ins') names, in insertion order, each value in a {@link Cell} that stays the same
 * while the name is bound: a Name node keeps the cell and reads it without hashing. {@link #version} changes
 * only when a name is added or removed, so a node can also keep "not here, the built-in is X".
 */
final class Globals extends AbstractMap<String, Object> {
    /** One name's value; {@code dead} once the name was removed (a new binding gets a new cell). */
    static final class Cell {
        final Globals owner;
        Object v;
        boolean dead;

        Cell(Globals owner, Object v) {
            this.owner = owner;
            this.v = v;
        }
    }

    /** What a Name node knows of a name missing here: the built-in it found, valid for these versions. */
    static final class Miss {
        final Globals globals;
        final int version;
        final int builtinsVersion;
        final Object value;

        Miss(Globals globals, int version, int builtinsVersion, Object value) {
            this.globals = globals;
            this.version = version;
            this.builtinsVersion = builtinsVersion;
            this.value = value;
        }
    }

    /** A value made on first use (a built-in whose making costs start-up time most programs never need). */
    interface Lazy {
        /** Puts the real value(s) in place of this one. */
        void load();
    }

    private final LinkedHashMap<String, Cell> cells = new LinkedHashMap<>();
    int version;

    Globals() {
    }

    Globals(Map<String, Object> from) {
        putAll(from);
    }

    /** The cell of a bound name, null if none. */
    Cell cell(Object key) {
        return cells.get(key);
    }

    @Override
    public Object get(Object key) {
        Cell c = cells.get(key);
        return c == null ? null : value(c);
    }

    private static Object value(Cell c) {
        Object v = c.v;
        if (v instanceof Lazy) {
            ((Lazy) v).load();
            v = c.v;
            if (v instanceof Lazy) { // asked for while it is being made
                return null;
            }
        }
        return v;
    }

    @Override
    public boolean containsKey(Object key) {
        return cells.containsKey(key);
    }

    @Override
    public Object put(String key, Object value) {
        Cell c = cells.get(key);
        if (c != null) {
            Object old = c.v;
            c.v = value;
            return old;
        }
        cells.put(key, new Cell(this, value));
        version++;
        return null;
    }

    @Override
    public Object remove(Object key) {
        Cell c = cells.remove(key);
        if (c == null) {
            return null;
        }
        version++;
        c.dead = true;
        Object old = c.v;
        c.v = null;
        return old;
    }

    @Override
    public void clear() {
        for (Cell c : cells.values()) {
            c.dead = true;
            c.v = null;
        }
        cells.clear();
        version++;
    }

    @Override
    public int size() {
        return cells.size();
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                Iterator<Map.Entry<String, Cell>> it = cells.entrySet().iterator();
                return new Iterator<>() {
                    Cell last;

                    @Override
                    public boolean hasNext() {
                        return it.hasNext();
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        Map.Entry<String, Cell> e = it.next();
                        Cell c = e.getValue();
                        last = c;
                        return new AbstractMap.SimpleEntry<>(e.getKey(), value(c)) {
                            @Override
                            public Object setValue(Object value) {
                                c.v = value;
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        it.remove();
                        version++;
                        last.dead = true;
                        last.v = null;
                    }
                };
            }

            @Override
            public int size() {
                return cells.size();
            }
        };
    }
}
