package dev.backprop.server;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One log line per request, written by a single background thread: request threads only enqueue, so they
 * never queue up on the logger's stream lock under load. A full queue falls back to logging in place.
 */
final class RequestLog implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("request");

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(1 << 16);
    private final Thread writer;
    private volatile boolean closed;

    RequestLog() {
        writer = new Thread(this::drain, "request-log");
        writer.setDaemon(true);
        writer.start();
    }

    void add(String method, String path, int status, float ms, String client) {
        String line = method + ' ' + path + ' ' + status + ' ' + Math.round(ms * 10) / 10.0 + "ms " + client;
        if (closed || !queue.offer(line)) log.info(line);
    }

    private void drain() {
        List<String> batch = new ArrayList<>(256);
        while (!closed || !queue.isEmpty()) {
            try {
                String first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) continue;
                batch.add(first);
                queue.drainTo(batch, 255);
                for (String line : batch) log.info(line);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Writes what is queued, then stops the writer. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
