package dev.backprop.bench;

import dev.backprop.py.Libm;

/** Per-call cost of Libm (glibc bits, emulated fma) against the JVM intrinsic Math.exp. Not a unit test. */
public final class LibmBench {
  public static void main(String[] a) {
    int n = 2_000_000; double[] xs = new double[n]; java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < n; i++) xs[i] = r.nextDouble() * 20 - 10;
    for (int rep = 0; rep < 3; rep++) {
      long t0 = System.nanoTime(); double s = 0; for (double x : xs) s += Libm.exp(x);
      long t1 = System.nanoTime(); double s2 = 0; for (double x : xs) s2 += Math.exp(x);
      long t2 = System.nanoTime(); double s3 = 0; for (double x : xs) s3 += Libm.tanh(x);
      long t3 = System.nanoTime(); double s4 = 0; for (double x : xs) s4 += Libm.log(x + 10.5);
      long t4 = System.nanoTime(); double s5 = 0; for (double x : xs) s5 += Libm.pow(x + 10.5, 1.7);
      long t5 = System.nanoTime();
      System.out.printf("ns/call Libm.exp %.1f Math.exp %.1f Libm.tanh %.1f Libm.log %.1f Libm.pow %.1f (%s)%n",
        (t1-t0)/(double)n, (t2-t1)/(double)n, (t3-t2)/(double)n, (t4-t3)/(double)n, (t5-t4)/(double)n, s+s2+s3+s4+s5);
    }
  }
}
