#!/usr/bin/env python3
"""The repeated security audit of issue 16 against the fat jar (SQLite in a temp DATA_DIR): each attack's status,
time, stored bytes (growth of the SQLite files) and the server's peak resident memory (VmHWM) after it.
Previews are asked twice: the second answer must come from the cache.
Usage: python3 bench/audit.py [jar]   (PORT=7191 by default; needs the jar: mvn -q -DskipTests package)
Prints one line per attack; docs/SECURITY.md has the table of a run, before and after the fixes."""
import json, os, re, socket, subprocess, sys, tempfile, time, urllib.request, urllib.error

PORT = int(os.environ.get("PORT", "7191"))
JAR = sys.argv[1] if len(sys.argv) > 1 else "backend/target/backprop-playground.jar"
BASE = "http://127.0.0.1:%d" % PORT
data = tempfile.mkdtemp()
env = dict(os.environ, PORT=str(PORT), DATA_DIR=data, RATE_LIMIT="100000", TRUST_PROXY="true")
env.pop("DATABASE_URL", None)
server = subprocess.Popen(["java", "-Djava.awt.headless=true", "-jar", JAR], env=env,
                          stdout=open(os.path.join(data, "server.log"), "w"), stderr=subprocess.STDOUT)

def stored():
    return sum(os.path.getsize(os.path.join(data, f)) for f in os.listdir(data) if f.startswith("snapshots.db"))

def hwm():
    for line in open("/proc/%d/status" % server.pid):
        if line.startswith("VmHWM"): return int(line.split()[1]) // 1024
    return -1

def http(method, path, body=None, headers=None):
    req = urllib.request.Request(BASE + path, data=body, method=method, headers=headers or {})
    t = time.time()
    try:
        r = urllib.request.urlopen(req, timeout=120); s, b, h = r.status, r.read(), r.headers
    except urllib.error.HTTPError as e:
        s, b, h = e.code, e.read(), e.headers
    except OSError as e:  # timed out (120 s) or the connection was dropped
        s, b, h = "timeout" if "timed out" in str(e) else "dropped", str(e).encode(), {}
    return s, time.time() - t, b, h

def raw(data, timeout=20):
    s = socket.create_connection(("127.0.0.1", PORT)); s.settimeout(timeout)
    t = time.time(); s.sendall(data); out = b""
    try:
        while True:
            c = s.recv(65536)
            if not c: break
            out += c
    except socket.timeout: pass
    s.close()
    return out, time.time() - t

def post(body, ctype="application/json", headers=None):
    h = {"Content-Type": ctype} if ctype else {}
    h.update(headers or {})
    return http("POST", "/api/snapshots", body, h)

def snap(program, train=None):
    return json.dumps({"version": 1, "program": program, "view": {"direction": "LR", "root": 0}, "train": train}).encode()

def row(name, status, seconds, before, extra=""):
    print("%-44s %-9s %8.3f s  stored +%-9d hwm %5d MB  %s" % (name, status, seconds, stored() - before, hwm(), extra[:110]))
    sys.stdout.flush()

def preview(name, program):
    before = stored()
    s, t, b, _ = post(snap(program))
    if s != 201:
        row(name + " (POST)", s, t, before, b.decode(errors="replace")); return
    i = json.loads(b)["id"]
    s1, t1, b1, _ = http("GET", "/s/%s.svg" % i)
    s2, t2, _, _ = http("GET", "/s/%s.svg" % i)
    row(name, "%s/%s" % (s1, s2), t1, before, "again %.3f s, %d B: %s" % (t2, len(b1), b1[:90].decode(errors="replace")))

def body(name, data, ctype="application/json", headers=None):
    before = stored()
    s, t, b, _ = post(data, ctype, headers)
    row(name, s, t, before, b.decode(errors="replace"))

NEED = ["content-security-policy", "x-content-type-options", "x-frame-options"]

def rawcase(name, data):
    before = stored()
    out, t = raw(data)
    head = out.split(b"\r\n\r\n")[0].decode(errors="replace").lower()
    status = head.split("\r\n")[0][9:12] if head else "none"
    missing = [h for h in NEED if h not in head]
    row(name, status, t, before, "missing headers: %s; %s" % (missing or "none", out.partition(b"\r\n\r\n")[2][:60]))

try:
    for _ in range(300):
        if http("GET", "/health")[0] == 200: break
        time.sleep(0.2)
    print("# the ten findings of round 1")
    body("1 1e10000000 in train (87 B)", b'{"version":1,"program":"x=1","view":{"direction":"LR","root":0},"train":{"w":1e10000000}}')
    preview("2 9 MB copy per step, endless", "s = 'x' * 9000000\nwhile True:\n    t = s + 'y'")
    s, t, b, h = http("GET", "/s/%s.svg" % json.loads(post(snap("a = Value(1.0)\nb = a + a"))[2])["id"], headers={"Accept-Encoding": "gzip"})
    row("4 SVG preview: gzip kept, Vary", s, t, stored(), "Content-Encoding %s, Vary %s" % (h.get("Content-Encoding"), h.get("Vary")))
    s, t, b, _ = post(snap("x = 1"), headers={"X-Forwarded-Host": "evil.example, good.example", "X-Forwarded-Proto": "http, https"})
    row("5 XFH/XFP: first entry is the client's", s, t, stored(), b.decode())
    rawcase("6 chunk size zz", b"POST /api/snapshots HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
    body("7 lone surrogate, first", b'{"version":1,"program":"a=\'\\ud800\'","view":{"direction":"LR","root":0}}')
    body("7 lone surrogate, again", b'{"version":1,"program":"a=\'\\ud800\'","view":{"direction":"LR","root":0}}')
    body("8 text/plain POST", snap("x = 2"), "text/plain")
    body("8 no content type POST", snap("x = 2"), None)
    rawcase("9 /s/../../etc/passwd as is", b"GET /s/../../etc/passwd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("9 414", b"GET /" + b"a" * 20000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("9 431", b"GET / HTTP/1.1\r\nHost: x\r\nX: " + b"a" * 20000 + b"\r\nConnection: close\r\n\r\n")
    rawcase("9 505", b"GET / HTTP/3.0\r\nHost: x\r\nConnection: close\r\n\r\n")
    print("# previews of new features")
    preview("repr of a 5 GB list (variables)", "s='x'*1000000\nl=[s]*5000\na=Value(1.0)")
    preview("label of 10 MB on 2 nodes", "s = 'x' * 10000000\na = Value(1.0, label=s)\nb = a + a\nb.label = s")
    preview("label of 10 MB on 1,500 nodes", "s = 'x' * 10000000\na = Value(1.0, label=s)\nb = a\nfor i in range(1500):\n    b = b + a\n    b.label = s")
    preview("40 format widths of 5e7 (< 1024 steps)", "l=[]\nfor i in range(40):\n    l.append('{:>50000000}'.format(i))\na=Value(1.0)")
    preview("'%0100000000d' % 5", "s='%0100000000d' % 5\na=Value(1.0)")
    preview("slice of 100,000 chars, endless", "s = 'x' * 100000\nwhile True:\n    t = s[1:]")
    preview("2**10**8", "x = 2**10**8\na = Value(1.0)")
    preview("3**400000 then str", "x = 7**300000\ns = str(x)\na = Value(1.0)")
    preview("np.zeros(10**9)", "import numpy as np\nx = np.zeros(10**9)\na = Value(1.0)")
    preview("plot of 5e6 points", "import matplotlib.pyplot as plt\nimport numpy as np\nx = np.arange(5*10**6)\nplt.plot(x, x)\nplt.show()\na = Value(1.0)")
    preview("800 cells echoing", "# %%\n" + "".join("# %%%%\nx%d = [%d] * 1000\nx%d\n" % (i, i, i) for i in range(800)) + "a = Value(1.0)")
    preview("recursion via __repr__", "class A:\n    def __repr__(self):\n        return repr(self)\nx = A()\na = Value(1.0)")
    preview("user node: __eq__/__hash__/__repr__ raise", "class V:\n    def __init__(self, d, p=()):\n        self._prev = set(p)\n        self._op = ''\n        self.label = ''\n        self.data = d\n    def __repr__(self):\n        raise ValueError('r')\n    def __eq__(self, o):\n        raise ValueError('e')\n    def __hash__(self):\n        return 1\na = V(1.0)\nb = V(2.0, (a,))\ndraw_dot(b)")
    preview("deep chain of 150,000 Values", "a = Value(1.0)\nfor i in range(150000):\n    a = a + 1")
    preview("wide: one sum of 3,000 leaves", "s = Value(0.0)\nxs = [Value(float(i)) for i in range(3000)]\nfor x in xs:\n    s = s + x")
    preview("1e6-deep nested list, ==", "x = []\nfor i in range(100000):\n    x = [x]\ny = x == x\na = Value(1.0)")
    print("# bodies")
    body("program of 64 KiB - 100 B", snap("#" + "x" * (65536 - 200)))
    body("'(' * 30000 (parser depth)", snap("x = " + "(" * 30000 + "1" + ")" * 30000))
    body("UTF-16LE body", snap("a = Value(1.0)").decode().encode("utf-16-le"))
    body("overlong UTF-8 C0 AF", snap("a = Value(1.0)").replace(b"a = ", b"\xc0\xafa = "))
    body("train: unknown field", b'{"version":1,"program":"x=1","view":{"direction":"LR","root":0},"train":{"version":2,"blob":[[[1]]]}}')
    rawcase("X-HTTP-Method-Override: POST on GET", b"GET /api/snapshots HTTP/1.1\r\nHost: x\r\nX-HTTP-Method-Override: POST\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
    rawcase("OPTIONS *", b"OPTIONS * HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("TRACE /", b"TRACE / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("CL + TE", b"POST /api/snapshots HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n0\r\n\r\n")
    rawcase("/..%2f..%2fetc%2fpasswd", b"GET /..%2f..%2fetc%2fpasswd HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("/app.js%00.html", b"GET /app.js%00.html HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("/WEB-INF/web.xml", b"GET /WEB-INF/web.xml HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    rawcase("embed of an unknown id", b"GET /e/AAAAAAAAAAAA HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
finally:
    server.terminate()
    try: server.wait(30)
    except subprocess.TimeoutExpired: server.kill()
