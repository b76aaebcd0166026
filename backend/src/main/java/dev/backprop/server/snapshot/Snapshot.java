package dev.backprop.server.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A shared snapshot in format v1 (see docs/SNAPSHOTS.md): validated, in canonical JSON, with its
 * content-derived id. Same snapshot, same canonical text, same id.
 *
 * @param id      first 12 characters of base64url(SHA-256(canonical JSON))
 * @param json    the canonical JSON text, stored and returned verbatim
 * @param program the program source, for previews and meta tags
 */
public record Snapshot(String id, String json, String program) {

    public static final int CURRENT_VERSION = 1;
    public static final int ID_LENGTH = 12;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{" + ID_LENGTH + "}");

    static final int MAX_DEPTH = 64;
    static final int MAX_NUMBER_LENGTH = 400;

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .nodeFactory(NODES)
            .build();

    static {
        JSON.getFactory().setStreamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                .maxNumberLength(MAX_NUMBER_LENGTH).build());
    }

    private static final Set<String> TOP = Set.of("version", "program", "view", "train");
    private static final Set<String> VIEW = Set.of("direction", "root", "collapsed", "expanded", "step", "nudges", "tab");
    private static final Set<String> NUDGE = Set.of("node", "data");
    /** What TrainState writes and reads (its own lists): anything else in {@code train} would be stored and served unread. */
    private static final Set<String> TRAIN = Set.copyOf(dev.backprop.train.TrainState.KEYS);
    private static final Set<String> TRAIN_CONFIG = Set.copyOf(dev.backprop.train.TrainState.CONFIG_KEYS);

    /** True for strings shaped like an id; anything else is answered 404 without asking the database. */
    public static boolean isId(String s) {
        return s != null && ID.matcher(s).matches();
    }

    /** Parses a request body; throws {@link SnapshotFormatException} naming the field at fault. */
    public static Snapshot parse(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(utf8(body));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " at line " + loc.getLineNr() + ", col " + loc.getColumnNr();
            throw new SnapshotFormatException("body", "malformed JSON" + where + ": " + plain(e));
        } catch (java.io.IOException e) {
            throw new SnapshotFormatException("body", "unreadable body: " + e.getMessage());
        }
        if (root == null || root.isMissingNode()) throw new SnapshotFormatException("body", "empty body, expected a JSON object");
        if (!root.isObject()) throw new SnapshotFormatException("body", "must be a JSON object, got " + kind(root));
        return parse(root);
    }

    /**
     * The body as strict UTF-8 (RFC 8259), a leading byte order mark ignored. Jackson alone reads UTF-16 and
     * UTF-32 bodies too, and decodes overlong forms (C0 AF became '/'), so one snapshot had many spellings.
     */
    static String utf8(byte[] body) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(body)).toString();
            return s.startsWith("\ufeff") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new SnapshotFormatException("body", "not valid UTF-8 at byte " + firstBadByte(body));
        }
    }

    private static int firstBadByte(byte[] body) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(body);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(body.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    /** Validates a parsed snapshot tree and builds its canonical form. */
    public static Snapshot parse(JsonNode root) {
        JsonNode version = root.get("version");
        if (version == null) throw new SnapshotFormatException("version", "missing (this server reads version 1)");
        if (!version.isIntegralNumber()) throw new SnapshotFormatException("version", "must be an integer, got " + kind(version));
        if (!version.canConvertToInt() || version.intValue() != CURRENT_VERSION) {
            throw new SnapshotFormatException("version", "unsupported version " + version.asText()
                    + " (this server reads version " + CURRENT_VERSION + ")");
        }
        unknownFields(root, TOP, "");

        JsonNode program = required(root, "program", "");
        if (!program.isTextual()) throw new SnapshotFormatException("program", "must be a string, got " + kind(program));
        wellFormed(program.textValue(), "program");

        JsonNode view = required(root, "view", "");
        if (!view.isObject()) throw new SnapshotFormatException("view", "must be an object, got " + kind(view));
        unknownFields(view, VIEW, "view.");

        ObjectNode canon = NODES.objectNode();
        canon.put("version", CURRENT_VERSION);
        canon.put("program", program.textValue());
        ObjectNode v = canon.putObject("view");
        v.put("direction", oneOf(required(view, "direction", "view."), "view.direction", "LR", "TB"));
        v.put("root", integer(required(view, "root", "view."), "view.root"));
        v.set("collapsed", idSet(view.get("collapsed"), "view.collapsed"));
        v.set("expanded", idSet(view.get("expanded"), "view.expanded"));
        JsonNode step = view.get("step");
        v.put("step", step == null || step.isNull() ? 0 : integer(step, "view.step"));
        v.set("nudges", nudges(view.get("nudges")));
        JsonNode tab = view.get("tab");
        v.put("tab", tab == null || tab.isNull() ? "graph" : oneOf(tab, "view.tab", "graph", "train"));

        JsonNode train = root.get("train");
        if (train == null || train.isNull()) {
            canon.putNull("train");
        } else if (train.isObject()) {
            unknownFields(train, TRAIN, "train.");
            if (train.get("config") != null && train.get("config").isObject()) unknownFields(train.get("config"), TRAIN_CONFIG, "train.config.");
            JsonNode t = canonical(train);
            try {
                // the page's own reader is the check: bounded steps, sizes and lengths agreeing with the config
                dev.backprop.train.TrainState.fromJson(t.toString());
            } catch (IllegalArgumentException e) {
                String m = String.valueOf(e.getMessage());
                int colon = m.startsWith("train") ? m.indexOf(": ") : -1;
                throw new SnapshotFormatException(colon > 0 ? m.substring(0, colon) : "train", colon > 0 ? m.substring(colon + 2) : m);
            }
            canon.set("train", t);
        } else {
            throw new SnapshotFormatException("train", "must be null or an object, got " + kind(train));
        }

        String json = canon.toString();
        return new Snapshot(idOf(json), json, program.textValue());
    }

    /** Reads a stored canonical snapshot back (for previews); trusts that it was validated on the way in. */
    public static Snapshot fromStored(String id, String json) {
        try {
            return new Snapshot(id, json, JSON.readTree(json).path("program").asText(""));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot " + id + " is not JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The content-derived id: 12 characters of base64url(SHA-256(canonical UTF-8 bytes)). */
    public static String idOf(String canonicalJson) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonicalJson.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, ID_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode required(JsonNode obj, String name, String prefix) {
        JsonNode n = obj.get(name);
        if (n == null) throw new SnapshotFormatException(prefix + name, "missing");
        return n;
    }

    private static void unknownFields(JsonNode obj, Set<String> known, String prefix) {
        Iterator<String> names = obj.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!known.contains(n)) {
                wellFormed(n, prefix.isEmpty() ? "body" : prefix.substring(0, prefix.length() - 1)); // no lone surrogate in the answer
                throw new SnapshotFormatException(prefix + n, "unknown field (known: " + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }

    private static String oneOf(JsonNode n, String field, String... allowed) {
        if (n.isTextual()) {
            for (String a : allowed) if (a.equals(n.textValue())) return a;
        }
        throw new SnapshotFormatException(field, "must be \"" + String.join("\" or \"", allowed) + "\", got " + show(n));
    }

    private static int integer(JsonNode n, String field) {
        if (!n.isIntegralNumber() || !n.canConvertToInt()) {
            throw new SnapshotFormatException(field, "must be an integer, got " + show(n));
        }
        return n.intValue();
    }

    /** Collapsed/expanded groups are sets: sorted and de-duplicated so equal views get equal ids. */
    private static ArrayNode idSet(JsonNode n, String field) {
        ArrayNode out = NODES.arrayNode();
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) throw new SnapshotFormatException(field, "must be an array of integers, got " + kind(n));
        TreeSet<Integer> ids = new TreeSet<>();
        for (int i = 0; i < n.size(); i++) ids.add(integer(n.get(i), field + "[" + i + "]"));
        for (int id : ids) out.add(id);
        return out;
    }

    private static ArrayNode nudges(JsonNode n) {
        ArrayNode out = NODES.arrayNode();
        if (n == null || n.isNull()) return out;
        if (!n.isArray()) throw new SnapshotFormatException("view.nudges", "must be an array, got " + kind(n));
        for (int i = 0; i < n.size(); i++) {
            String at = "view.nudges[" + i + "]";
            JsonNode nudge = n.get(i);
            if (!nudge.isObject()) throw new SnapshotFormatException(at, "must be an object {node, data}, got " + kind(nudge));
            unknownFields(nudge, NUDGE, at + ".");
            ObjectNode o = out.addObject();
            o.put("node", integer(required(nudge, "node", at + "."), at + ".node"));
            JsonNode data = required(nudge, "data", at + ".");
            if (!data.isNumber() || !Double.isFinite(data.doubleValue())) {
                throw new SnapshotFormatException(at + ".data", "must be a finite number, got " + show(data));
            }
            o.set("data", number(data, at + ".data"));
        }
        return out;
    }

    /** Deep copy with object keys sorted and numbers in one spelling (2.50 and 2.5 alike; 2.0 is 2). */
    private static JsonNode canonical(JsonNode n) {
        return canonical(n, "train");
    }

    private static JsonNode canonical(JsonNode n, String at) {
        if (n.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            n.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            ObjectNode o = NODES.objectNode();
            sorted.forEach((k, val) -> {
                wellFormed(k, at);
                o.set(k, canonical(val, at + "." + k));
            });
            return o;
        }
        if (n.isArray()) {
            ArrayNode a = NODES.arrayNode();
            for (int i = 0; i < n.size(); i++) a.add(canonical(n.get(i), at + "[" + i + "]"));
            return a;
        }
        if (n.isNumber()) return number(n, at);
        if (n.isTextual()) wellFormed(n.textValue(), at);
        return n;
    }

    /**
     * Numbers beyond a double's range are refused: the page reads every number as a double, and writing
     * 1e10000000 out digit by digit would turn an 87-byte body into a 10 MB row.
     */
    static final int MAX_EXPONENT = 400;

    private static JsonNode number(JsonNode n, String at) {
        BigDecimal d = n.isIntegralNumber() ? new BigDecimal(n.bigIntegerValue()) : n.decimalValue();
        if (d.signum() != 0 && Math.abs((long) d.precision() - d.scale() - 1) > MAX_EXPONENT) {
            throw new SnapshotFormatException(at, "number out of range (more than " + MAX_EXPONENT + " digits before or after the point), got "
                    + show(n));
        }
        if (n.isIntegralNumber()) return NODES.numberNode(n.bigIntegerValue());
        d = d.stripTrailingZeros();
        if (d.scale() <= 0) return NODES.numberNode(d.toBigIntegerExact());
        return NODES.numberNode(d);
    }

    /**
     * Strings must be valid Unicode: a lone surrogate (JSON "\ud800") has no UTF-8 form, so it could not be
     * stored and read back as sent.
     */
    private static void wellFormed(String s, String at) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new SnapshotFormatException(at, "contains a lone surrogate \\u" + Integer.toHexString(c)
                        + " at character " + i + " (not valid Unicode)");
            }
        }
    }

    private static String kind(JsonNode n) {
        switch (n.getNodeType()) {
            case ARRAY: return "an array";
            case OBJECT: return "an object";
            case STRING: return "a string";
            case NUMBER: return "a number";
            case BOOLEAN: return "a boolean";
            case NULL: return "null";
            default: return n.getNodeType().toString().toLowerCase();
        }
    }

    private static String show(JsonNode n) {
        if (n.isValueNode() || n.isNull()) {
            String s = n.toString();
            return s.length() > 40 ? s.substring(0, 40) + "..." : s;
        }
        return kind(n);
    }

    /**
     * The parser's complaint without Jackson's internals: no class or setting names, no "[Source: ...]" part.
     */
    private static String plain(JsonProcessingException e) {
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            String m = String.valueOf(e.getOriginalMessage());
            if (m.contains("nesting depth")) return "nested more than " + MAX_DEPTH + " levels deep";
            if (m.contains("Number value length")) return "a number longer than " + MAX_NUMBER_LENGTH + " characters";
            if (m.contains("String value length")) return "a string too long";
            return "over a size limit";
        }
        String m = e.getOriginalMessage();
        if (m == null) return "unreadable";
        int nl = m.indexOf('\n');
        if (nl >= 0) m = m.substring(0, nl);
        int marker = m.indexOf(" (start marker at");
        if (marker >= 0) m = m.substring(0, marker);
        int source = m.indexOf("[Source");
        if (source >= 0) m = m.substring(0, source).trim();
        if (m.contains("`") || m.contains("com.fasterxml") || m.contains("jackson")) return "not valid JSON";
        return m;
    }
}
