package dev.backprop.tape;

import dev.backprop.engine.Value;

/**
 * Value -> int by identity, open addressing hashed on {@link Value#id()} (no boxing for million-node
 * graphs; equal ids, e.g. after the id counter wraps, are told apart by identity).
 */
final class IdIndex {
    private Value[] keys;
    private int[] vals;
    private int mask;
    private int size;

    IdIndex(int expected) {
        int cap = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
        keys = new Value[cap];
        vals = new int[cap];
        mask = cap - 1;
    }

    private static int hash(Value v) {
        int h = v.id() * 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** Adds or replaces. */
    void put(Value v, int val) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        int i = hash(v) & mask;
        while (keys[i] != null && keys[i] != v) {
            i = (i + 1) & mask;
        }
        if (keys[i] == null) {
            size++;
        }
        keys[i] = v;
        vals[i] = val;
    }

    private void grow() {
        Value[] oldKeys = keys;
        int[] oldVals = vals;
        keys = new Value[oldKeys.length * 2];
        vals = new int[oldKeys.length * 2];
        mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            Value v = oldKeys[j];
            if (v != null) {
                int i = hash(v) & mask;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = v;
                vals[i] = oldVals[j];
            }
        }
    }

    /** The int stored for {@code v}, or -1. */
    int get(Value v) {
        int i = hash(v) & mask;
        while (keys[i] != null) {
            if (keys[i] == v) {
                return vals[i];
            }
            i = (i + 1) & mask;
        }
        return -1;
    }
}
