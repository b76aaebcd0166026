#!/usr/bin/env python3.11
"""CPython 3.11's math functions on 1,000,000 generated inputs each, as digests for LibmTest.

Run from the repository root:  python3.11 tools/libm/gen_libm.py
  writes engine/src/test/resources/dev/backprop/py/libm/<fn>.txt (one per function).
  python3.11 tools/libm/gen_libm.py --block FN B   prints block B's inputs and outputs (hex), for a
  failing LibmTest block.

The inputs come from SplitMix64 and the specs below, written identically in LibmCases.java. Each file holds,
per block of 1,000 inputs, a 32-bit FNV-1a digest of the outputs' IEEE bits (NaN as 0x7ff8000000000000),
and the full output of every block's first input for every 10th block. Values are CPython's math.FN(x)
(pow, atan2, hypot: math.FN(x, y)); where CPython raises (domain, range), the C library's value (ctypes), which is what
the engine's Libm returns and the interpreter then turns into the same exception.
"""
import ctypes
import math
import os
import struct
import sys

if sys.version_info[:2] != (3, 11):
    sys.exit("gen_libm.py needs CPython 3.11 exactly (found %s): the expected bits are 3.11's on Linux"
             % sys.version.split()[0])
if not sys.platform.startswith("linux"):
    sys.exit("gen_libm.py must run on Linux x86-64 (glibc): found " + sys.platform)

M64 = (1 << 64) - 1
N = 1_000_000
BLOCK = 1000


class SplitMix:
    def __init__(self, seed):
        self.s = seed & M64

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def to_bits(x):
    if x != x:
        return 0x7FF8000000000000
    return struct.unpack("<Q", struct.pack("<d", x))[0]


def draw(rng, spec):
    kind, a, b = spec
    if kind == "U":      # uniform in [a, b)
        return a + (b - a) * ((rng.next() >> 11) * 2.0 ** -53)
    if kind == "I":      # an integer-valued double in [a, b)
        return float(math.floor(a + (b - a) * ((rng.next() >> 11) * 2.0 ** -53)))
    if kind in ("E", "S"):  # biased exponent uniform in [a, b], random mantissa; S: random sign too
        r = rng.next()
        e = a + (r >> 12) % (b - a + 1)
        bits = (e << 52) | (rng.next() & ((1 << 52) - 1))
        if kind == "S" and (r & 1):
            bits |= 1 << 63
        return from_bits(bits)
    raise ValueError(kind)


# Per function: seed and four modes (chosen by the low two bits of a draw); each mode lists one spec per
# argument. Keep in step with LibmCases.java.
SPECS = {
    "exp": (1, [[("U", -746.0, 710.0)], [("U", -2.0, 2.0)], [("S", 960, 1040)], [("U", -745.2, -707.0)]]),
    "log": (2, [[("E", 0, 2046)], [("U", 0.9, 1.1)], [("U", 0.0, 100.0)], [("E", 1000, 1050)]]),
    "pow": (3, [[("U", 0.0, 10.0), ("U", -20.0, 20.0)],
                [("E", 0, 2046), ("U", -3.0, 3.0)],
                [("U", -10.0, 10.0), ("I", -60.0, 60.0)],
                [("U", 0.5, 2.0), ("U", -1100.0, 1100.0)]]),
    "expm1": (4, [[("U", -40.0, 710.0)], [("U", -2.0, 2.0)], [("S", 960, 1040)], [("U", -0.4, 0.4)]]),
    "tanh": (5, [[("U", -23.0, 23.0)], [("U", -2.0, 2.0)], [("S", 960, 1030)], [("U", -0.6, 0.6)]]),
    "log2": (6, [[("E", 0, 2046)], [("U", 0.9, 1.1)], [("U", 0.0, 100.0)], [("U", 0.95, 1.05)]]),
    "cbrt": (7, [[("S", 0, 2046)], [("U", -100.0, 100.0)], [("U", -2.0, 2.0)], [("I", -1e6, 1e6)]]),
    "erf": (8, [[("U", -6.5, 6.5)], [("U", -1.3, 1.3)], [("S", 900, 1030)], [("U", -3.0, 3.0)]]),
    "erfc": (9, [[("U", -6.5, 28.5)], [("U", -1.3, 1.3)], [("S", 900, 1030)], [("U", 1.2, 27.0)]]),
    "log10": (10, [[("E", 0, 2046)], [("U", 0.9, 1.1)], [("U", 0.0, 100.0)], [("E", 1000, 1050)]]),
    "log1p": (11, [[("U", -1.0, 2.0)], [("U", -0.3, 0.42)], [("E", 0, 2046)], [("U", -1e-8, 1e-8)]]),
    "sin": (12, [[("U", -7.0, 7.0)], [("U", -0.9, 0.9)], [("S", 950, 1100)], [("S", 1040, 2047)]]),
    "cos": (13, [[("U", -7.0, 7.0)], [("U", -0.9, 0.9)], [("S", 950, 1100)], [("S", 1040, 2047)]]),
    "tan": (14, [[("U", -7.0, 7.0)], [("U", -0.9, 0.9)], [("S", 950, 1100)], [("S", 1040, 2047)]]),
    "atan": (15, [[("U", -20.0, 20.0)], [("U", -1.1, 1.1)], [("S", 900, 1100)], [("S", 0, 2047)]]),
    "atan2": (16, [[("U", -10.0, 10.0), ("U", -10.0, 10.0)], [("S", 0, 2047), ("S", 0, 2047)],
                   [("S", 1000, 1050), ("S", 1000, 1050)], [("U", -1.0, 1.0), ("S", 900, 1100)]]),
    "asin": (17, [[("U", -1.05, 1.05)], [("U", -0.13, 0.13)], [("U", 0.96, 1.0)], [("S", 900, 1030)]]),
    "acos": (18, [[("U", -1.05, 1.05)], [("U", -0.13, 0.13)], [("U", -1.0, -0.96)], [("S", 900, 1030)]]),
    "sinh": (19, [[("U", -25.0, 25.0)], [("U", -1.0, 1.0)], [("S", 900, 1040)], [("U", -711.0, 711.0)]]),
    "cosh": (20, [[("U", -25.0, 25.0)], [("U", -1.0, 1.0)], [("S", 900, 1040)], [("U", -711.0, 711.0)]]),
    "hypot": (21, [[("U", -30.0, 30.0), ("U", -30.0, 30.0)], [("S", 0, 2047), ("S", 0, 2047)],
                   [("S", 1000, 1050), ("S", 1000, 1050)], [("S", 0, 10), ("S", 0, 10)]]),
}

LIBM = ctypes.CDLL("libm.so.6")


def c_fn(name, nargs):
    f = getattr(LIBM, name)
    f.restype = ctypes.c_double
    f.argtypes = [ctypes.c_double] * nargs
    return f


def value(name, args):
    f = getattr(math, name)
    try:
        return f(*args)
    except (ValueError, OverflowError):
        return c_fn(name, len(args))(*args)


def inputs(name):
    seed, modes = SPECS[name]
    rng = SplitMix(0x5EED0000 + seed)
    for _ in range(N):
        mode = modes[rng.next() & 3]
        yield tuple(draw(rng, s) for s in mode)


def fnv_block(outs):
    h = 0xCBF29CE484222325
    for b in outs:
        h = ((h ^ b) * 0x100000001B3) & M64
    return h & 0xFFFFFFFF


def generate(name, out_dir):
    digests, samples, outs = [], [], []
    for i, args in enumerate(inputs(name)):
        b = to_bits(value(name, args))
        if i % (10 * BLOCK) == 0:
            samples.append((i, b))
        outs.append(b)
        if len(outs) == BLOCK:
            digests.append(fnv_block(outs))
            outs = []
    path = os.path.join(out_dir, name + ".txt")
    with open(path, "w") as f:
        f.write("# CPython %s math.%s on %d inputs (tools/libm/gen_libm.py); do not edit\n"
                % (sys.version.split()[0], name, N))
        for d in digests:
            f.write("%08x\n" % d)
        for i, b in samples:
            f.write("s %d %016x\n" % (i, b))
    print(path)


def main():
    if len(sys.argv) == 4 and sys.argv[1] == "--block":
        name, blk = sys.argv[2], int(sys.argv[3])
        for i, args in enumerate(inputs(name)):
            if i // BLOCK == blk:
                print(i, " ".join("%016x" % to_bits(a) for a in args), "%016x" % to_bits(value(name, args)))
            elif i // BLOCK > blk:
                break
        return
    out_dir = "engine/src/test/resources/dev/backprop/py/libm"
    os.makedirs(out_dir, exist_ok=True)
    for name in sys.argv[1:] or SPECS:
        generate(name, out_dir)


main()
