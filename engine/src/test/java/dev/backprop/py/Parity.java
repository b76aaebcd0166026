package dev.backprop.py;

import dev.backprop.data.DataSet;
import dev.backprop.data.Point;
import dev.backprop.data.Shape;
import dev.backprop.engine.Value;
import dev.backprop.lang.Program;
import dev.backprop.lang.Run;
import dev.backprop.nn.Activation;
import dev.backprop.nn.Adam;
import dev.backprop.nn.Loss;
import dev.backprop.nn.MLP;
import dev.backprop.nn.Schedule;
import dev.backprop.nn.Sgd;
import dev.backprop.nn.Trainer;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks the browser build must pass, in plain Java: ParityIT runs each on the JVM and, compiled by TeaVM
 * with the page's settings ({@link JsParity}), in Chromium, and compares the two texts and the CPython files.
 * Each check returns its output as text; "DIFF" lines are differences from CPython's file.
 */
final class Parity {
    private final StringBuilder out = new StringBuilder();
    private int n;
    private int bad;

    private Parity() {
    }

    /** kind: num, random, pymath (data: the CPython case file), program (data: the source), nn, libm. */
    static String run(String kind, String data) {
        Parity p = new Parity();
        switch (kind) {
            case "num": p.num(data); break;
            case "random": p.random(data); break;
            case "pymath": p.pymath(data); break;
            case "program": p.program(data); break;
            case "nn": p.nn(); break;
            case "libm": p.libm(); break;
            default: throw new IllegalArgumentException(kind);
        }
        return p.out.toString();
    }

    /** 16 hex digits as a double's bits (TeaVM 0.16 has no Long.parseUnsignedLong). */
    private static double d(String hex) {
        long hi = Long.parseLong(hex.substring(0, 8), 16);
        return Double.longBitsToDouble(hi << 32 | Long.parseLong(hex.substring(8), 16));
    }

    static String hex(double x) {
        String h = Long.toHexString(Double.doubleToRawLongBits(x));
        while (h.length() < 16) {
            h = "0" + h;
        }
        return h;
    }

    private void eq(String want, String got, String what) {
        n++;
        if (!want.equals(got)) {
            bad++;
            out.append("DIFF ").append(what).append(": CPython ").append(want).append(", engine ").append(got)
                    .append('\n');
        }
    }

    private void summary(String what) {
        out.append(what).append(' ').append(n).append(" diffs ").append(bad).append('\n');
    }

    /** num_cases.txt (NumTest's file): repr, fixed, format, round, parse and % formatting. */
    private void num(String text) {
        for (String line : text.split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "r": eq(f[2], Num.repr(d(f[1])), "repr " + f[1]); break;
                case "f": eq(f[3], Num.fixed(d(f[1]), Integer.parseInt(f[2])), "fixed " + f[1] + " " + f[2]); break;
                case "F": eq(f[3], Num.format(d(f[1]), f[2]), "format " + f[1] + " " + f[2]); break;
                case "I": eq(f[3], Num.format(Long.parseLong(f[1]), f[2]), "iformat " + f[1] + " " + f[2]); break;
                case "R": {
                    String g;
                    try {
                        g = hex(Num.round(d(f[1]), Integer.parseInt(f[2])));
                    } catch (ArithmeticException e) {
                        g = "overflow";
                    }
                    eq(f[3], g, "round " + f[1] + " " + f[2]);
                    break;
                }
                case "P": {
                    String src = f[1].replace("\\t", "\t").replace("\\n", "\n");
                    String g;
                    try {
                        double v = Num.parse(src);
                        g = Double.isNaN(v) ? "nan" : hex(v);
                    } catch (NumberFormatException e) {
                        g = "error";
                    }
                    eq(f[2].startsWith("7ff8") || f[2].startsWith("fff8") ? "nan" : f[2], g, "parse " + f[1]);
                    break;
                }
                case "%": {
                    String g;
                    try {
                        g = f[1].equals("f") ? Num.percent(d(f[2]), f[3])
                                : f[1].equals("i") ? Num.percent(Long.parseLong(f[2]), f[3]) : Num.percent(f[2], f[3]);
                    } catch (IllegalArgumentException e) {
                        g = "error";
                    }
                    eq(f[4], g, "percent " + f[2] + " " + f[3]);
                    break;
                }
                default:
            }
        }
        summary("num cases");
    }

    /** random_cases.txt (PyRandomTest's file); seeds of 64 bits or more are PyRandomTest's alone. */
    private void random(String text) {
        PyRandom r = new PyRandom();
        boolean skip = false;
        for (String line : text.split("\n")) {
            if (line.startsWith("seed ")) {
                String s = line.substring(5);
                skip = s.length() > 18;
                if (!skip) {
                    r.seed(Long.parseLong(s));
                }
                continue;
            }
            if (skip) {
                continue;
            }
            String[] p = line.split(" => ", -1);
            String[] a = p[0].split(" ");
            String g;
            switch (a[0]) {
                case "random": g = hex(r.random()); break;
                case "uniform": g = hex(r.uniform(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); break;
                case "gauss": g = hex(r.gauss(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); break;
                case "normalvariate": g = hex(r.normalvariate(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); break;
                case "getrandbits": g = Long.toString(r.getrandbits(Integer.parseInt(a[1]))); break;
                case "randrange":
                    g = Long.toString(a.length == 2 ? r.randrange(Long.parseLong(a[1]))
                            : r.randrange(Long.parseLong(a[1]), Long.parseLong(a[2]), Long.parseLong(a[3])));
                    break;
                case "randint": g = Long.toString(r.randint(Long.parseLong(a[1]), Long.parseLong(a[2]))); break;
                case "choice": g = Integer.toString(r.choiceIndex(Integer.parseInt(a[1]))); break;
                case "shuffle": {
                    List<Integer> x = new ArrayList<>();
                    for (int i = 0; i < Integer.parseInt(a[1]); i++) {
                        x.add(i);
                    }
                    r.shuffle(x);
                    g = join(x);
                    break;
                }
                case "sample": {
                    List<Integer> x = new ArrayList<>();
                    for (int v : r.sample(Integer.parseInt(a[1]), Integer.parseInt(a[2]))) {
                        x.add(v);
                    }
                    g = join(x);
                    break;
                }
                default: g = "?";
            }
            eq(p[1], g, line);
        }
        summary("random calls");
    }

    private static String join(List<Integer> xs) {
        StringBuilder sb = new StringBuilder();
        for (int v : xs) {
            sb.append(sb.length() == 0 ? "" : " ").append(v);
        }
        return sb.toString();
    }

    /** pymath_cases.txt as PyMathTest reads it: glibc's bits for exp, log, pow, sin and cos. */
    private void pymath(String text) {
        for (String line : text.split("\n")) {
            String[] f = line.split(" ");
            boolean two = f[0].equals("pow");
            double x = d(f[1]);
            double y = two ? d(f[2]) : 0;
            String want = f[two ? 3 : 2];
            String libm = f[two ? 4 : 3];
            if (!libm.equals("error")) {
                want = libm;
            }
            double g;
            switch (f[0]) {
                case "log": g = PyMath.log(x); break;
                case "exp": g = PyMath.exp(x); break;
                case "sin": g = PyMath.sin(x); break;
                case "cos": g = PyMath.cos(x); break;
                default: g = PyMath.pow(x, y);
            }
            eq(want, hex(g), line);
        }
        summary("pymath cases");
    }

    /** A program's output, then "ERROR kind line" as in the .out files CPython wrote. */
    private void program(String src) {
        Run run = Program.run(src);
        out.append(run.text());
        if (run.error() != null) {
            out.append("ERROR ").append(run.error().kind()).append(' ').append(run.error().line()).append('\n');
        }
    }

    /** Every data set's points and three training runs (relu/SVM/SGD, tanh/MSE/Adam, sigmoid/BCE) as bits. */
    private void nn() {
        for (Shape s : Shape.values()) {
            for (int k : new int[] {1, 100, 301}) {
                for (Point p : Shape.generate(s, k, 0.1, 1337).points()) {
                    out.append(s.label()).append(' ').append(k).append(' ').append(hex(p.x())).append(' ')
                            .append(hex(p.y())).append(' ').append(p.label()).append('\n');
                }
            }
        }
        out.append("split ").append(Shape.generate(Shape.XOR, 50, 0.1, 2).split(0.3, 5).test().points()).append('\n');
        DataSet moons = Shape.generate(Shape.MOONS, 100, 0.1, 1337);
        MLP model = new MLP(2, new int[] {16, 16, 1}, 1337);
        Trainer t = Trainer.micrograd(model, moons.inputs(), moons.labels());
        for (int k = 0; k < 30; k++) {
            Trainer.Step s = t.step();
            out.append("demo ").append(k).append(' ').append(hex(s.loss())).append(' ').append(s.accuracy()).append('\n');
        }
        for (double w : model.weights()) {
            out.append("demo w ").append(hex(w)).append('\n');
        }
        DataSet c = Shape.generate(Shape.CIRCLES, 80, 0.05, 3);
        MLP m2 = new MLP(2, new int[] {8, 8, 1}, Activation.TANH, new PyRandom(3));
        Trainer t2 = new Trainer(m2, c.inputs(), c.labels(), Loss.MSE, 1e-4, new Adam(m2.parameters(), 0.02))
                .batches(20, new PyRandom(4));
        for (int k = 0; k < 30; k++) {
            out.append("tanh ").append(k).append(' ').append(hex(t2.step().loss())).append('\n');
        }
        DataSet sp = Shape.generate(Shape.SPIRAL, 100, 0.05, 3);
        MLP m3 = new MLP(2, new int[] {8, 8, 1}, Activation.SIGMOID, new PyRandom(5));
        Trainer t3 = new Trainer(m3, sp.inputs(), sp.labels(), Loss.BCE, 1e-4,
                new Sgd(m3.parameters(), Schedule.decay(0.5, 40)));
        for (int k = 0; k < 30; k++) {
            out.append("bce ").append(k).append(' ').append(hex(t3.step().loss())).append('\n');
        }
        out.append("tanh(+-1000) ").append(hex(new Value(1000).tanh().data())).append(' ')
                .append(hex(new Value(-1000).tanh().data())).append('\n');
    }

    /** Per function of LibmCases: "name block digest" for each block of its 1,000,000 inputs. */
    private void libm() {
        for (LibmCases.Fn fn : LibmCases.FNS) {
            long[] outs = LibmCases.outputs(fn, LibmCases.inputs(fn, LibmCases.N));
            for (int b = 0; b * LibmCases.BLOCK < outs.length; b++) {
                int from = b * LibmCases.BLOCK;
                out.append(fn.name()).append(' ').append(b).append(' ')
                        .append(Integer.toHexString(LibmCases.digest(outs, from, from + LibmCases.BLOCK))).append('\n');
            }
            for (int i = 0; i < outs.length; i += 10 * LibmCases.BLOCK) {
                out.append(fn.name()).append(" s ").append(i).append(' ').append(Long.toHexString(outs[i])).append('\n');
            }
        }
    }
}
