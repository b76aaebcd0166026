package dev.backprop.cli;

import dev.backprop.snapshot.Json;
import dev.backprop.engine.Value;
import dev.backprop.lang.Dot;
import dev.backprop.lang.Limits;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine CLI: {@code java -jar engine.jar [--json] [--plots DIR] [--max-steps N] [--max-nodes N] FILE.py|-}.
 * Default limits are {@link Limits#CLI} (larger than a page's).
 * Prints the program's output (then the DOT of graphs chosen with draw_dot), or with --json one JSON
 * object; on a failing program prints the error to stderr and exits with 1.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        int[] code = new int[1];
        // deep user recursion needs more stack than the JVM's default thread gets
        Thread t = new Thread(null, () -> code[0] = run(args, System.out, System.err), "program", 1L << 30);
        t.start();
        t.join();
        System.out.flush();
        System.exit(code[0]);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        boolean json = false;
        String file = null;
        String plots = null;
        Limits limits = Limits.CLI;
        try {
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("--json")) {
                    json = true;
                } else if (a.equals("--plots") && i + 1 < args.length) {
                    plots = args[++i];
                } else if (a.equals("--max-steps") && i + 1 < args.length) {
                    limits = limits.withMaxSteps(Long.parseLong(args[++i]));
                } else if (a.equals("--max-nodes") && i + 1 < args.length) {
                    limits = limits.withMaxNodes(Integer.parseInt(args[++i]));
                } else if (a.equals("-h") || a.equals("--help")) {
                    out.println(USAGE);
                    return 0;
                } else if (file == null && (a.equals("-") || !a.startsWith("-"))) {
                    file = a;
                } else {
                    err.println("unknown argument: " + a + "\n" + USAGE);
                    return 2;
                }
            }
        } catch (NumberFormatException e) {
            err.println("not a number: " + e.getMessage() + "\n" + USAGE);
            return 2;
        }
        if (file == null) {
            err.println(USAGE);
            return 2;
        }
        String source;
        try {
            source = file.equals("-") ? read(System.in) : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        Run run = Program.run(source, limits);
        if (json) {
            out.print(json(run));
            out.println();
        } else {
            out.print(run.text());
            if (run.drawnByCall()) {
                out.print(Dot.render(run.drawn()));
            }
        }
        out.flush();
        if (plots != null) {
            try {
                Files.createDirectories(Path.of(plots));
                for (int i = 0; i < run.figures().size(); i++) {
                    Files.writeString(Path.of(plots, "figure-" + (i + 1) + ".svg"), run.figures().get(i).svg(), StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                err.println("cannot write plots to " + plots + ": " + e.getMessage());
                return 2;
            }
        }
        err.print(run.stderr());
        if (run.error() != null) {
            err.println(run.error().text());
            return 1;
        }
        return 0;
    }

    static final String USAGE = "usage: java -jar engine.jar [--json] [--plots DIR] [--max-steps N] [--max-nodes N] FILE.py|-";

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        in.transferTo(b);
        return b.toString(StandardCharsets.UTF_8);
    }

    /** {"output": [lines], "error": null|{...}, "roots": [ids], "values": [{id, label, op, data, grad, children}]}. */
    static String json(Run run) {
        StringBuilder sb = new StringBuilder("{\"output\": [");
        List<String> lines = run.output();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            str(sb, lines.get(i));
        }
        sb.append("], \"error\": ");
        Run.Error e = run.error();
        if (e == null) {
            sb.append("null");
        } else {
            sb.append("{\"kind\": ");
            str(sb, e.kind());
            sb.append(", \"message\": ");
            str(sb, e.message());
            sb.append(", \"line\": ").append(e.line()).append(", \"col\": ").append(e.col()).append(", \"text\": ");
            str(sb, e.text());
            sb.append('}');
        }
        sb.append(", \"roots\": [");
        for (int i = 0; i < run.drawn().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(run.drawn().get(i).id());
        }
        sb.append("], \"values\": [");
        boolean first = true;
        for (Value v : Dot.nodes(run.drawn())) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            sb.append("{\"id\": ").append(v.id()).append(", \"label\": ");
            str(sb, v.label());
            sb.append(", \"op\": ");
            str(sb, v.op());
            sb.append(", \"data\": ");
            num(sb, v.data());
            sb.append(", \"grad\": ");
            num(sb, v.grad());
            sb.append(", \"children\": [");
            List<Value> kids = v.children();
            for (int i = 0; i < kids.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(kids.get(i).id());
            }
            sb.append(']');
            Run.Origin o = run.origin(v);
            if (o != null) {
                sb.append(", \"line\": ").append(o.line());
                if (o.call() != null) {
                    sb.append(", \"call\": ");
                    str(sb, o.call().name());
                    sb.append(", \"callId\": ").append(o.call().id());
                }
            }
            sb.append('}');
        }
        sb.append("], \"figures\": [");
        for (int i = 0; i < run.figures().size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append("{\"at\": ").append(run.figures().get(i).at()).append(", \"svg\": ");
            str(sb, run.figures().get(i).svg());
            sb.append('}');
        }
        return sb.append("]}").toString();
    }

    private static void num(StringBuilder sb, double d) {
        sb.append(Json.number(d));
    }

    private static void str(StringBuilder sb, String s) {
        Json.quote(sb, s);
    }
}
