package dev.backprop.lang;

import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class PreludesTest {
    /**
     * programs/lib_collections.py: defaultdict, Counter (most_common, elements, arithmetic), OrderedDict,
     * deque (maxlen, rotate, appendleft), namedtuple (fields, defaults, _asdict, _replace, errors) and heapq,
     * character for character as CPython 3.11.
     */
    @Test
    void collectionsAndHeapqAsCPython() {
        assertNull(Expected.exactly("lib_collections"));
    }
}
