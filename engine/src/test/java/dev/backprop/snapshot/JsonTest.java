package dev.backprop.snapshot;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    static String quoted(String s) {
        StringBuilder sb = new StringBuilder();
        Json.quote(sb, s);
        return sb.toString();
    }

    @Test
    void oneNanPolicyNullAndPythonsReprOtherwise() {
        assertEquals("null", Json.number(Double.NaN));
        assertEquals("null", Json.number(Double.POSITIVE_INFINITY));
        assertEquals("null", Json.number(Double.NEGATIVE_INFINITY));
        // python3.11: repr(2.0), repr(1e-05), repr(0.1 + 0.2), repr(1e16), repr(-0.0)
        assertEquals("2.0", Json.number(2.0));
        assertEquals("1e-05", Json.number(1e-5));
        assertEquals("0.30000000000000004", Json.number(0.1 + 0.2));
        assertEquals("1e+16", Json.number(1e16));
        assertEquals("-0.0", Json.number(-0.0));
    }

    @Test
    void stringsAreEscapedForJsonAndForScripts() {
        assertEquals("\"a\\\"b\\\\c\\nd\\te\\r\\u0001\\u2028\"", quoted("a\"b\\c\nd\te\r\u0001\u2028"));
        assertEquals("\"ünï 😀\"", quoted("ünï 😀"));
    }

    @Test
    void readsWhatItWrites() {
        StringBuilder sb = new StringBuilder("{\"s\":");
        Json.quote(sb, "x\"\n\u0001");
        sb.append(",\"n\":[").append(Json.number(0.1 + 0.2)).append(',').append(Json.number(Double.NaN)).append("],\"b\":true}");
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) Json.parse(sb.toString());
        assertEquals("x\"\n\u0001", m.get("s"));
        List<?> n = (List<?>) m.get("n");
        assertEquals(0.1 + 0.2, (Double) n.get(0));
        assertNull(n.get(1));
        assertEquals(Boolean.TRUE, m.get("b"));
        assertEquals(Arrays.asList(1.0, 2.5), Json.parse(" [1, 2.5] "));
    }

    @Test
    void malformedTextNamesTheCharacter() {
        assertEquals("JSON, char 4: unexpected text after the JSON value",
                assertThrows(IllegalArgumentException.class, () -> Json.parse("[1] x")).getMessage());
        assertEquals("JSON, char 1: expected a key", assertThrows(IllegalArgumentException.class, () -> Json.parse("{1:2}")).getMessage());
    }
}
