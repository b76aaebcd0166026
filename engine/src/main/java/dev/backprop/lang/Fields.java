package dev.backprop.lang;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A user object's attributes (its __dict__), in insertion order. The values sit in an array laid out by a
 * {@link Shape} that all instances of a class setting the same names in the same order share, so an
 * attribute access can test the shape and read a slot instead of hashing the name (see {@link Hit}).
 * Past {@link #MAX} names, or after a deletion, the object keeps a map of its own (shapes stay few).
 */
final class Fields extends AbstractMap<String, Object> {
    static final int MAX = 48;
    private static final Object[] NONE = new Object[0];

    /** A layout: the names in order and their slots, with the layouts one more name leads to. */
    static final class Shape {
        final String[] keys;    // never changed: a longer layout is another Shape
        final Shape root;       // the class's empty layout
        private final HashMap<String, Integer> index;
        private HashMap<String, Shape> next; // made on first use

        Shape() {
            this.keys = new String[0];
            this.index = new HashMap<>();
            this.root = this;
        }

        private Shape(Shape from, String key) {
            root = from.root;
            keys = java.util.Arrays.copyOf(from.keys, from.keys.length + 1);
            keys[from.keys.length] = key;
            index = new HashMap<>(from.index);
            index.put(key, from.keys.length);
        }

        private byte like; // has data and _prev (Nodes.like): 0 not yet known, 1 no, 2 yes

        boolean like() {
            if (like == 0) {
                like = (byte) (index.containsKey("data") && index.containsKey("_prev") ? 2 : 1);
            }
            return like == 2;
        }

        int indexOf(Object key) {
            Integer k = index.get(key);
            return k == null ? -1 : k;
        }

        Shape with(String key) {
            if (next == null) {
                next = new HashMap<>();
            }
            Shape s = next.get(key);
            if (s == null) {
                s = new Shape(this, key);
                next.put(key, s);
            }
            return s;
        }
    }

    /**
     * An inline cache: entries for a few shapes, newest first, each immutable (racing readers see whole entries).
     * An entry names the slot of a name in a shape, or, for a store that added the name, the shape before
     * ({@code from}); {@code epoch} is {@link Py.PyClass#epoch} when the class was consulted, {@code val} what
     * the class gave (a call's method).
     */
    static final class Hit {
        static final int WAYS = 4;
        final Shape shape;
        final int slot;
        final Shape from;
        final int epoch;
        final Object val;
        final Hit next;

        private Hit(Shape shape, int slot, Shape from, int epoch, Object val, Hit next) {
            this.shape = shape;
            this.slot = slot;
            this.from = from;
            this.epoch = epoch;
            this.val = val;
            this.next = next;
        }

        /** The cache head with a new entry in front, keeping up to WAYS - 1 older entries of the same epoch. */
        static Hit add(Hit head, Shape shape, int slot, Shape from, int epoch, Object val) {
            return new Hit(shape, slot, from, epoch, val, keep(head, epoch, WAYS - 1));
        }

        private static Hit keep(Hit h, int epoch, int n) {
            while (h != null && h.epoch != epoch) {
                h = h.next;
            }
            if (h == null || n == 0) {
                return null;
            }
            return new Hit(h.shape, h.slot, h.from, h.epoch, h.val, keep(h.next, epoch, n - 1));
        }
    }

    Shape shape;                     // null once the object keeps its own map
    Object[] vals = NONE;
    private LinkedHashMap<String, Object> own;

    Fields(Shape root) {
        this.shape = root;
    }

    /** The slot of key in the current shape, -1 when absent or when the object keeps its own map. */
    int slotOf(String key) {
        return shape == null ? -1 : shape.indexOf(key);
    }

    /** Adds the name that leads from the current shape to {@code to} (an inline cache saw that step), at slot. */
    void grow(Shape to, int slot, Object value) {
        if (slot == vals.length) {
            vals = java.util.Arrays.copyOf(vals, Math.max(4, slot * 2));
        }
        vals[slot] = value;
        shape = to;
    }

    @Override
    public Object get(Object key) {
        if (shape == null) {
            return own.get(key);
        }
        int k = shape.indexOf(key);
        return k < 0 ? null : vals[k];
    }

    @Override
    public boolean containsKey(Object key) {
        return shape == null ? own.containsKey(key) : shape.indexOf(key) >= 0;
    }

    @Override
    public Object put(String key, Object value) {
        if (shape == null) {
            return own.put(key, value);
        }
        int k = shape.indexOf(key);
        if (k >= 0) {
            Object old = vals[k];
            vals[k] = value;
            return old;
        }
        int n = shape.keys.length;
        if (n >= MAX) {
            toOwn();
            own.put(key, value);
            return null;
        }
        shape = shape.with(key);
        if (n == vals.length) {
            vals = java.util.Arrays.copyOf(vals, Math.max(4, n * 2));
        }
        vals[n] = value;
        return null;
    }

    private void toOwn() {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < shape.keys.length; i++) {
            m.put(shape.keys[i], vals[i]);
        }
        own = m;
        shape = null;
        vals = NONE;
    }

    @Override
    public Object remove(Object key) {
        if (shape != null) {
            if (shape.indexOf(key) < 0) {
                return null;
            }
            toOwn();
        }
        return own.remove(key);
    }

    @Override
    public void clear() {
        if (shape == null) {
            own.clear();
            return;
        }
        shape = shape.root;
        vals = NONE;
    }

    @Override
    public int size() {
        return shape == null ? own.size() : shape.keys.length;
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        if (shape == null) {
            return own.entrySet();
        }
        String[] ks = shape.keys; // the names now; values read as the iteration reaches them
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    int i;

                    @Override
                    public boolean hasNext() {
                        return i < ks.length;
                    }

                    @Override
                    public Map.Entry<String, Object> next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String k = ks[i++];
                        return new AbstractMap.SimpleEntry<>(k, get(k)) {
                            @Override
                            public Object setValue(Object value) {
                                Fields.this.put(k, value);
                                return super.setValue(value);
                            }
                        };
                    }

                    @Override
                    public void remove() {
                        if (i == 0) {
                            throw new IllegalStateException();
                        }
                        Fields.this.remove(ks[i - 1]);
                    }
                };
            }

            @Override
            public int size() {
                return Fields.this.size();
            }
        };
    }
}
