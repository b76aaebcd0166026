#!/usr/bin/env python3
"""Issue 16's worst case: /health latency while 300 slow clients trickle request bodies (a POST head with
Content-Length 60000, then one byte every 5 s) and a costly preview renders. Starts the fat jar on SQLite.
Usage: python3 bench/slow-clients.py [seconds=20]   (needs the jar: mvn -q -DskipTests package)"""
import http.client, json, os, socket, subprocess, sys, tempfile, threading, time

PORT = int(os.environ.get("PORT", "7174"))
JAR = os.environ.get("JAR", "backend/target/backprop-playground.jar")
SECONDS = int(sys.argv[1]) if len(sys.argv) > 1 else 20
data = tempfile.mkdtemp()
env = dict(os.environ, PORT=str(PORT), DATA_DIR=data)
env.pop("DATABASE_URL", None)
server = subprocess.Popen(["java", "-Djava.awt.headless=true", "-jar", JAR], env=env,
                          stdout=open(os.path.join(data, "server.log"), "w"), stderr=subprocess.STDOUT)

def request(method, path, body=None):
    c = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
    c.request(method, path, body=body, headers={"Content-Type": "application/json"} if body else {})
    r = c.getresponse()
    out = (r.status, r.read())
    c.close()
    return out

try:
    for _ in range(300):
        try:
            if request("GET", "/health")[0] == 200: break
        except OSError: time.sleep(0.2)
    costly = json.dumps({"version": 1, "program": "s = 'x' * 9000000\nwhile True:\n    t = s + 'y'",
                         "view": {"direction": "LR", "root": 0}, "train": None})
    sid = json.loads(request("POST", "/api/snapshots", costly)[1])["id"]

    stop = threading.Event()
    def slow():
        s = socket.create_connection(("127.0.0.1", PORT))
        s.sendall(b"POST /api/snapshots HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 60000\r\n\r\n")
        try:
            while not stop.wait(5): s.sendall(b" ")
        except OSError:
            pass
        s.close()
    threads = [threading.Thread(target=slow, daemon=True) for _ in range(300)]
    for t in threads: t.start()
    preview = threading.Thread(target=lambda: print("costly preview:", request("GET", "/s/%s.png" % sid)[0], flush=True))
    preview.start()
    lat = []
    end = time.time() + SECONDS
    while time.time() < end:
        t0 = time.perf_counter()
        status = request("GET", "/health")[0]
        lat.append(((time.perf_counter() - t0) * 1000, status))
        time.sleep(0.05)
    stop.set()
    ms = sorted(l for l, _ in lat)
    ok = sum(1 for _, s in lat if s == 200)
    print("health probes: %d, 200: %d, p50 %.1f ms, p99 %.1f ms, max %.1f ms"
          % (len(ms), ok, ms[len(ms) // 2], ms[min(len(ms) - 1, int(len(ms) * 0.99))], ms[-1]))
    preview.join(30)
finally:
    server.kill()
