package dev.backprop.server.snapshot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotTest {

    static final String PAGE_FORM = "{\"version\":1,\"program\":\"a = Value(2.0)\",\"view\":{\"direction\":\"TB\",\"root\":3,"
            + "\"collapsed\":[2,5],\"expanded\":[7],\"step\":4,\"nudges\":[{\"node\":0,\"data\":-0.125}],\"tab\":\"train\"},"
            + "\"train\":{\"seed\":42,\"lr\":0.05,\"weights\":[0.1,-2.5e-7,3]}}";

    static Snapshot parse(String json) {
        return Snapshot.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    /** PAGE_FORM with one part changed; the part must be there (a replace that finds nothing tests nothing). */
    static String with(String target, String replacement) {
        assertTrue(PAGE_FORM.contains(target), () -> "not in PAGE_FORM: " + target);
        return PAGE_FORM.replace(target, replacement);
    }

    static String fieldOf(String json) {
        return assertThrows(SnapshotFormatException.class, () -> parse(json)).field();
    }

    @Test
    void thePagesFormIsKeptAsIsWithTrainKeysSorted() {
        Snapshot s = parse(PAGE_FORM);
        assertEquals("{\"version\":1,\"program\":\"a = Value(2.0)\",\"view\":{\"direction\":\"TB\",\"root\":3,"
                + "\"collapsed\":[2,5],\"expanded\":[7],\"step\":4,\"nudges\":[{\"node\":0,\"data\":-0.125}],\"tab\":\"train\"},"
                + "\"train\":{\"lr\":0.05,\"seed\":42,\"weights\":[0.1,-2.5E-7,3]}}", s.json());
        assertEquals("a = Value(2.0)", s.program());
    }

    @Test
    void idIsTwelveUrlSafeCharactersOfTheCanonicalHash() {
        Snapshot s = parse(PAGE_FORM);
        assertTrue(s.id().matches("[A-Za-z0-9_-]{12}"), s.id());
        assertEquals(Snapshot.idOf(s.json()), s.id());
        // reference value: base64url(SHA-256("{}")) = RBNvo1WzZ4oRRq0W9-hknpT7T8If536DEMBg9hyq_4o
        assertEquals("RBNvo1WzZ4oR", Snapshot.idOf("{}"));
        assertTrue(Snapshot.isId(s.id()));
        assertFalse(Snapshot.isId("RBNvo1WzZ4o"));
        assertFalse(Snapshot.isId("RBNvo1WzZ4o/"));
    }

    @Test
    void equalSnapshotsGetEqualIdsWhateverTheSpelling() {
        Snapshot a = parse(PAGE_FORM);
        String respelled = "{\"train\":{\"weights\":[0.10,-0.00000025,3.0],\"seed\":42,\"lr\":5e-2},\"view\":{\"tab\":\"train\","
                + "\"nudges\":[{\"data\":-0.1250,\"node\":0}],\"step\":4,\"expanded\":[7,7],\"collapsed\":[5,2],\"root\":3,"
                + "\"direction\":\"TB\"},\"program\":\"a = Value(2.0)\",\"version\":1}";
        assertEquals(a.json(), parse(respelled).json());
        assertEquals(a.id(), parse(respelled).id());
        assertNotEquals(a.id(), parse(with("\"step\":4", "\"step\":5")).id());
        assertNotEquals(a.id(), parse(with("Value(2.0)", "Value(2.0) ")).id(), "program text is exact");
    }

    @Test
    void optionalViewFieldsTakeTheirDefaults() {
        Snapshot s = parse("{\"version\":1,\"program\":\"\",\"view\":{\"direction\":\"LR\",\"root\":0}}");
        assertEquals("{\"version\":1,\"program\":\"\",\"view\":{\"direction\":\"LR\",\"root\":0,\"collapsed\":[],\"expanded\":[],"
                + "\"step\":0,\"nudges\":[],\"tab\":\"graph\"},\"train\":null}", s.json());
    }

    @Test
    void everyErrorNamesItsField() {
        assertEquals("body", fieldOf("[1]"));
        assertEquals("body", fieldOf(""));
        assertEquals("body", fieldOf("{\"version\":1} trailing"));
        assertEquals("body", fieldOf("{\"version\":1,\"version\":1}"));
        assertEquals("version", fieldOf("{\"program\":\"\"}"));
        assertEquals("version", fieldOf("{\"version\":\"1\"}"));
        assertEquals("version", fieldOf("{\"version\":1.0}"));
        assertEquals("version", fieldOf("{\"version\":0}"));
        assertEquals("program", fieldOf("{\"version\":1,\"view\":{}}"));
        assertEquals("view", fieldOf("{\"version\":1,\"program\":\"\"}"));
        assertEquals("view", fieldOf("{\"version\":1,\"program\":\"\",\"view\":[]}"));
        assertEquals("extra", fieldOf(with("{\"version\":1,", "{\"version\":1,\"extra\":0,")));
        assertEquals("view.direction", fieldOf(with("\"TB\"", "null")));
        assertEquals("view.root", fieldOf(with("\"root\":3", "\"root\":3000000000")));
        assertEquals("view.root", fieldOf(with("\"root\":3,", "")));
        assertEquals("view.step", fieldOf(with("\"step\":4", "\"step\":true")));
        assertEquals("view.expanded", fieldOf(with("\"expanded\":[7]", "\"expanded\":7")));
        assertEquals("view.collapsed[0]", fieldOf(with("\"collapsed\":[2,5]", "\"collapsed\":[\"2\"]")));
        assertEquals("view.nudges", fieldOf(with("\"nudges\":[{\"node\":0,\"data\":-0.125}]", "\"nudges\":{}")));
        assertEquals("view.nudges[0]", fieldOf(with("{\"node\":0,\"data\":-0.125}", "5")));
        assertEquals("view.nudges[0].node", fieldOf(with("\"node\":0,", "")));
        assertEquals("view.nudges[0].data", fieldOf(with("-0.125", "null")));
        assertEquals("view.nudges[0].data", fieldOf(with("-0.125", "1e999")));
        assertEquals("view.nudges[0].extra", fieldOf(with("\"node\":0,", "\"node\":0,\"extra\":1,")));
        assertEquals("view.tab", fieldOf(with("\"train\"}", "\"code\"}")));
        assertEquals("train", fieldOf(with("\"train\":{\"seed\":42,\"lr\":0.05,\"weights\":[0.1,-2.5e-7,3]}", "\"train\":\"x\"")));
        assertEquals("body", fieldOf(with("\"train\":{\"seed\":42", "\"train\":{\"seed\":NaN")));
    }

    @Test
    void messagesSayWhatIsWrongAndWhere() {
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> parse("{\"version\":1,\n\"program\":'x'}"));
        assertTrue(e.getMessage().startsWith("body: malformed JSON at line 2, col 11: "), e.getMessage());
        assertEquals("version: unsupported version 2 (this server reads version 1)",
                assertThrows(SnapshotFormatException.class, () -> parse("{\"version\":2}")).getMessage());
        assertEquals("view.direction: must be \"LR\" or \"TB\", got \"RL\"",
                assertThrows(SnapshotFormatException.class, () -> parse(with("\"TB\"", "\"RL\""))).getMessage());
    }

    @Test
    void deeplyNestedTrainDataIsRefused() {
        String deep = "[".repeat(200) + "]".repeat(200);
        assertEquals("body", fieldOf(with("\"weights\":[0.1,-2.5e-7,3]", "\"weights\":" + deep)));
    }

    @Test
    void storedSnapshotsReadBack() {
        Snapshot s = parse(PAGE_FORM);
        Snapshot back = Snapshot.fromStored(s.id(), s.json());
        assertEquals(s, back);
    }

    @Test
    void numbersBeyondADoublesRangeAreRefusedNotExpanded() {
        // today: 1e10000000 is written out as ten million digits (19.6 s, a 10 MB row)
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class,
                () -> parse("{\"version\":1,\"program\":\"x=1\",\"view\":{\"direction\":\"LR\",\"root\":0},\"train\":{\"w\":1e10000000}}"));
        assertEquals("train.w", e.field());
        assertTrue(e.getMessage().startsWith("train.w: number out of range"), e.getMessage());
        assertEquals("train.weights[2]", fieldOf(with("3]}", "1e401]}")));
        assertEquals("train.weights[2]", fieldOf(with("3]}", "-1E-402]}")));
        // a double's whole range is kept, written in one spelling
        assertTrue(parse(with("3]}", "1.7976931348623157e308]}")).json().contains(",17976931348623157" + "0".repeat(292) + "]"));
        assertTrue(parse(with("3]}", "4.9e-324]}")).json().contains(",4.9E-324]"));
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsKept() {
        // today: stored as '?', 201 the first time and 409 the next
        assertEquals("program", fieldOf(with("a = Value(2.0)", "a = '\\ud800'")));
        assertEquals("program: contains a lone surrogate \\udc00 at character 5 (not valid Unicode)",
                assertThrows(SnapshotFormatException.class, () -> parse(with("a = Value(2.0)", "a = '\\udc00\\ud800'"))).getMessage());
        assertEquals("train.name", fieldOf(with("\"seed\":42", "\"seed\":42,\"name\":\"\\ud83d\"")));
        // in a key, the parser itself refuses it
        assertEquals("body", fieldOf(with("\"seed\":42", "\"seed\":42,\"\\ud83d\":1")));
        Snapshot emoji = parse(with("a = Value(2.0)", "a = '\\ud83d\\ude00'"));
        assertEquals("a = '\uD83D\uDE00'", emoji.program());
    }

    @Test
    void parserMessagesNameNoParserInternals() {
        String deep = "[".repeat(200) + "]".repeat(200);
        for (String body : new String[] {"{", "{\"version\":1,\"program\":\"x", with("[0.1,-2.5e-7,3]", deep),
                with("3]}", "1" + "0".repeat(500) + "]}"), "[1,2", "{\"a\":1,\"a\":2}"}) {
            String m = assertThrows(SnapshotFormatException.class, () -> parse(body)).getMessage();
            assertTrue(m.startsWith("body: malformed JSON"), m);
            for (String internal : new String[] {"`", "jackson", "Jackson", "Source", "StreamReadConstraints", "com."}) {
                assertFalse(m.contains(internal), m);
            }
        }
        assertTrue(assertThrows(SnapshotFormatException.class, () -> parse(with("[0.1,-2.5e-7,3]", deep))).getMessage()
                .endsWith("nested more than 64 levels deep"));
    }
}
