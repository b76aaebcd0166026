package dev.backprop.tape;

import dev.backprop.engine.Value;

/** Value -> int by {@link Value#id()}: open addressing over int arrays (no boxing for million-node graphs). */
final class IdIndex {
    private int[] keys;
    private int[] vals;
    private int mask;
    private int size;

    IdIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new int[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    private static int hash(int id) {
        int h = id * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds or replaces. Ids are positive, so 0 marks an empty cell. */
    void put(Value v, int val) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int id = v.id();
        int i = hash(id) & mask;
        while (keys[i] != 0 && keys[i] != id) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = id;
        vals[i] = val;
    }

    private void grow() {
        int[] oldKeys = keys;
        int[] oldVals = vals;
        keys = new int[oldKeys.length * 2];
        vals = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            int id = oldKeys[j];
            if (id != 0) {
                int i = hash(id) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = id;
                vals[i] = oldVals[j];
            }
        }
    }

    /** The int stored for {@code v}, checked against {@code owners} (same id, same object), or -1. */
    int get(java.util.List<Value> owners, Value v) {
        int val = raw(v);
        return val >= 0 && owners.get(val) == v ? val : -1;
    }

    /** The int stored for {@code v}, checked against {@code owners} (same id, same object), or -1. */
    int get(Value[] owners, Value v) {
        int val = raw(v);
        return val >= 0 && owners[val] == v ? val : -1;
    }

    private int raw(Value v) {
        int id = v.id();
        int i = hash(id) & mask;
        while (keys[i] != 0) {
            if (keys[i] == id) {
                return vals[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }
}
