import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A small closed-loop HTTP/1.1 load generator (no dependency: the JDK only; wrk is not installed here).
 * Each of {@code conns} threads keeps one keep-alive connection and sends GETs back to back; with
 * {@code --probe URL}, one more thread GETs that URL every {@code --every} ms on fresh connections and reports
 * its own latencies (/health while the load runs). Warm-up seconds are run first and not counted.
 *
 * <pre>
 * java bench/Load.java [--conns 64] [--seconds 10] [--warmup 5] [--gzip] [--probe URL] [--every 50] URL
 * </pre>
 */
public class Load {

    public static void main(String[] args) throws Exception {
        int conns = 64;
        int seconds = 10;
        int warmup = 5;
        int every = 50;
        boolean gzip = false;
        String probe = null;
        String url = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--conns" -> conns = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                case "--every" -> every = Integer.parseInt(args[++i]);
                case "--gzip" -> gzip = true;
                case "--probe" -> probe = args[++i];
                default -> url = args[i];
            }
        }
        if (url == null) throw new IllegalArgumentException("usage: java bench/Load.java [options] URL");
        if (warmup > 0) run(URI.create(url), conns, warmup, gzip, null, every, false);
        run(URI.create(url), conns, seconds, gzip, probe == null ? null : URI.create(probe), every, true);
    }

    static void run(URI uri, int conns, int seconds, boolean gzip, URI probe, int every, boolean report) throws Exception {
        AtomicBoolean stop = new AtomicBoolean();
        AtomicLong errors = new AtomicLong();
        List<long[]> lat = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        int[] counts = new int[conns];
        for (int c = 0; c < conns; c++) {
            long[] mine = new long[4_000_000];
            lat.add(mine);
            int k = c;
            Thread t = new Thread(() -> {
                int n = 0;
                while (!stop.get()) {
                    try (Socket s = new Socket(uri.getHost(), uri.getPort())) {
                        s.setTcpNoDelay(true);
                        s.setSoTimeout(30_000);
                        OutputStream out = s.getOutputStream();
                        InputStream in = new BufferedInputStream(s.getInputStream(), 65536);
                        byte[] req = request(uri, gzip, false);
                        while (!stop.get()) {
                            long t0 = System.nanoTime();
                            out.write(req);
                            out.flush();
                            int status = response(in);
                            if (status != 200) errors.incrementAndGet();
                            if (n < mine.length) mine[n++] = System.nanoTime() - t0;
                        }
                    } catch (IOException e) {
                        if (!stop.get()) errors.incrementAndGet();
                    }
                }
                counts[k] = n;
            });
            threads.add(t);
        }
        List<Long> probes = new ArrayList<>();
        AtomicLong probeErrors = new AtomicLong();
        Thread prober = probe == null ? null : new Thread(() -> {
            while (!stop.get()) {
                long t0 = System.nanoTime();
                try (Socket s = new Socket(probe.getHost(), probe.getPort())) {
                    s.setSoTimeout(30_000);
                    s.getOutputStream().write(request(probe, false, true));
                    int status = response(new BufferedInputStream(s.getInputStream()));
                    if (status != 200) probeErrors.incrementAndGet();
                } catch (IOException e) {
                    probeErrors.incrementAndGet();
                }
                synchronized (probes) {
                    probes.add(System.nanoTime() - t0);
                }
                try {
                    Thread.sleep(every);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long t0 = System.nanoTime();
        for (Thread t : threads) t.start();
        if (prober != null) prober.start();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        for (Thread t : threads) t.join();
        if (prober != null) prober.join();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (!report) return;
        int total = 0;
        for (int n : counts) total += n;
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < conns; c++) {
            System.arraycopy(lat.get(c), 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        System.out.printf("%s: %d conns, %.1f s: %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d%n",
                uri.getPath(), conns, wall, total, total / wall, ms(all, 0.50), ms(all, 0.99), ms(all, 1.0), errors.get());
        if (prober != null) {
            long[] p = probes.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("probe %s every %d ms: %d probes, p50 %.2f ms, p99 %.2f ms, max %.1f ms, errors %d%n",
                    probe.getPath(), every, p.length, ms(p, 0.50), ms(p, 0.99), ms(p, 1.0), probeErrors.get());
        }
    }

    static double ms(long[] sorted, double q) {
        if (sorted.length == 0) return Double.NaN;
        int i = (int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
        return sorted[Math.max(0, i)] / 1e6;
    }

    static byte[] request(URI uri, boolean gzip, boolean close) {
        String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return ("GET " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort() + "\r\n"
                + (gzip ? "Accept-Encoding: gzip\r\n" : "") + (close ? "Connection: close\r\n" : "") + "\r\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one response (Content-Length or chunked body) and answers its status. */
    static int response(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) throw new IOException("connection closed");
        int code = Integer.parseInt(status.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        for (String h; !(h = line(in)).isEmpty(); ) {
            String l = h.toLowerCase();
            if (l.startsWith("content-length:")) length = Long.parseLong(l.substring(15).trim());
            if (l.startsWith("transfer-encoding:") && l.contains("chunked")) chunked = true;
        }
        if (chunked) {
            while (true) {
                long n = Long.parseLong(line(in).trim(), 16);
                skip(in, n);
                line(in);
                if (n == 0) break;
            }
        } else if (length > 0) {
            skip(in, length);
        }
        return code;
    }

    static void skip(InputStream in, long n) throws IOException {
        while (n > 0) {
            long k = in.skip(n);
            if (k <= 0) {
                if (in.read() < 0) throw new IOException("body cut short");
                k = 1;
            }
            n -= k;
        }
    }

    static String line(InputStream in) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int c; (c = in.read()) != '\n'; ) {
            if (c < 0) return sb.length() == 0 ? null : sb.toString();
            if (c != '\r') sb.append((char) c);
        }
        return sb.toString();
    }
}
