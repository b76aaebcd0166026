package dev.backprop.server.snapshot;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotTest {

    /** A train state as the page writes it (TrainState.toJson): a network without hidden layers has 3 weights. */
    static final String TRAIN = "{\"version\":2,\"config\":{\"data\":\"moons\",\"points\":100,\"noise\":0.1,\"test\":0.0,"
            + "\"dataSeed\":1337,\"hidden\":[],\"activation\":\"relu\",\"loss\":\"svm\",\"optimizer\":\"sgd\",\"lr\":0.05,\"decay\":true,"
            + "\"decaySteps\":100,\"l2\":0.0001,\"batch\":0,\"seed\":42},\"generated\":true,\"added\":[],\"step\":0,"
            + "\"weights\":[0.1,-2.5e-7,3],\"every\":1,\"loss\":[],\"accuracy\":[],\"testLoss\":[],\"testAccuracy\":[]}";

    static final String PAGE_FORM = "{\"version\":1,\"program\":\"a = Value(2.0)\",\"view\":{\"direction\":\"TB\",\"root\":3,"
            + "\"collapsed\":[2,5],\"expanded\":[7],\"step\":4,\"nudges\":[{\"node\":0,\"data\":-0.125}],\"tab\":\"train\"},"
            + "\"train\":" + TRAIN + "}";

    /** TRAIN canonical: keys sorted at every level, numbers in one spelling (0.0 is 0, -2.5e-7 is -2.5E-7). */
    static final String TRAIN_CANONICAL = "{\"accuracy\":[],\"added\":[],\"config\":{\"activation\":\"relu\",\"batch\":0,"
            + "\"data\":\"moons\",\"dataSeed\":1337,\"decay\":true,\"decaySteps\":100,\"hidden\":[],\"l2\":0.0001,\"loss\":\"svm\","
            + "\"lr\":0.05,\"noise\":0.1,\"optimizer\":\"sgd\",\"points\":100,\"seed\":42,\"test\":0},\"every\":1,\"generated\":true,"
            + "\"loss\":[],\"step\":0,\"testAccuracy\":[],\"testLoss\":[],\"version\":2,\"weights\":[0.1,-2.5E-7,3]}";

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
                + "\"train\":" + TRAIN_CANONICAL + "}", s.json());
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
        String train = TRAIN.replace("[0.1,-2.5e-7,3]", "[0.10,-0.00000025,3.0]").replace("\"lr\":0.05", "\"lr\":5e-2");
        assertNotEquals(TRAIN, train);
        String respelled = "{\"train\":" + train + ",\"view\":{\"tab\":\"train\","
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
        assertEquals("train", fieldOf(with("\"train\":" + TRAIN, "\"train\":\"x\"")));
        assertEquals("body", fieldOf(with("\"seed\":42", "\"seed\":NaN")));
        // only the fields TrainState reads: anything else would be stored and served unread
        assertEquals("train.extra", fieldOf(with("\"step\":0,", "\"step\":0,\"extra\":[[1]],")));
        assertEquals("train.config.extra", fieldOf(with("\"seed\":42", "\"seed\":42,\"extra\":\"x\"")));
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
        // the audit's 87-byte body (1e10000000 was written out as ten million digits: 19.6 s, a 10 MB row)
        assertEquals("train.w", fieldOf("{\"version\":1,\"program\":\"x=1\",\"view\":{\"direction\":\"LR\",\"root\":0},\"train\":{\"w\":1e10000000}}"));
        SnapshotFormatException e = assertThrows(SnapshotFormatException.class, () -> parse(with("-2.5e-7,3]", "-2.5e-7,1e10000000]")));
        assertEquals("train.weights[2]", e.field());
        assertTrue(e.getMessage().startsWith("train.weights[2]: number out of range"), e.getMessage());
        assertEquals("train.weights[2]", fieldOf(with("-2.5e-7,3]", "-2.5e-7,1e401]")));
        assertEquals("train.weights[2]", fieldOf(with("-2.5e-7,3]", "-2.5e-7,-1E-402]")));
        // a double's whole range is kept, written in one spelling
        assertTrue(parse(with("-2.5e-7,3]", "-2.5e-7,1.7976931348623157e308]")).json().contains(",17976931348623157" + "0".repeat(292) + "]"));
        assertTrue(parse(with("-2.5e-7,3]", "-2.5e-7,4.9e-324]")).json().contains(",4.9E-324]"));
    }

    @Test
    void loneSurrogatesAreRefusedAndPairsKept() {
        // today: stored as '?', 201 the first time and 409 the next
        assertEquals("program", fieldOf(with("a = Value(2.0)", "a = '\\ud800'")));
        assertEquals("program: contains a lone surrogate \\udc00 at character 5 (not valid Unicode)",
                assertThrows(SnapshotFormatException.class, () -> parse(with("a = Value(2.0)", "a = '\\udc00\\ud800'"))).getMessage());
        assertEquals("train.config.data", fieldOf(with("\"moons\"", "\"\\ud83d\"")));
        // in a key, named by the object it is in
        assertEquals("train.config", fieldOf(with("\"seed\":42", "\"seed\":42,\"\\ud83d\":1")));
        Snapshot emoji = parse(with("a = Value(2.0)", "a = '\\ud83d\\ude00'"));
        assertEquals("a = '\uD83D\uDE00'", emoji.program());
    }

    @Test
    void bodiesAreStrictUtf8() {
        String json = "{\"version\":1,\"program\":\"a = 'é'\",\"view\":{\"direction\":\"LR\",\"root\":0}}";
        String plain = Snapshot.parse(json.getBytes(StandardCharsets.UTF_8)).json();
        // a leading byte order mark is ignored (RFC 8259 allows it)
        byte[] bom = ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8);
        assertEquals(plain, Snapshot.parse(bom).json());
        // before: Jackson read UTF-16 and UTF-32 too, and the overlong C0 AF as '/': one snapshot, many spellings
        for (byte[] body : new byte[][] {json.getBytes(StandardCharsets.UTF_16LE), json.getBytes(StandardCharsets.UTF_16),
                json.getBytes(java.nio.charset.Charset.forName("UTF-32LE")),
                json.replace("a = ", "a = \u0001").getBytes(StandardCharsets.UTF_8)}) {
            assertEquals("body", assertThrows(SnapshotFormatException.class, () -> Snapshot.parse(body)).field());
        }
        byte[] overlong = json.replace("a = ", "#X").getBytes(StandardCharsets.UTF_8);
        int at = new String(overlong, StandardCharsets.UTF_8).indexOf("#X");
        overlong[at] = (byte) 0xC0;
        overlong[at + 1] = (byte) 0xAF;
        assertEquals("body: not valid UTF-8 at byte " + at,
                assertThrows(SnapshotFormatException.class, () -> Snapshot.parse(overlong)).getMessage());
        byte[] cesu = json.replace("a = ", "#XY").getBytes(StandardCharsets.UTF_8);
        cesu[at] = (byte) 0xED;
        cesu[at + 1] = (byte) 0xA0;
        cesu[at + 2] = (byte) 0x80;
        assertEquals("body: not valid UTF-8 at byte " + at,
                assertThrows(SnapshotFormatException.class, () -> Snapshot.parse(cesu)).getMessage());
    }

    @Test
    void parserMessagesNameNoParserInternals() {
        String deep = "[".repeat(200) + "]".repeat(200);
        for (String body : new String[] {"{", "{\"version\":1,\"program\":\"x", with("[0.1,-2.5e-7,3]", deep),
                with("-2.5e-7,3]", "-2.5e-7,1" + "0".repeat(500) + "]"), "[1,2", "{\"a\":1,\"a\":2}"}) {
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
