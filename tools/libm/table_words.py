#!/usr/bin/env python3
"""Print a table of Debian 12's libm.so.6 (glibc 2.36, x86-64) as LibmData's text: 11 base-64 digits per
64-bit word, most significant first, in Java string lines.

    python3 tools/libm/table_words.py SYMBOL WORDS
e.g. __sincostab 440, or an address: 0xb92a0 1687 (cij of s_atan.c, the same words as e_atan2.c's). The symbol's address comes from gdb with the libc6-dbg debug file (the tables are
static, so not in the dynamic symbol table); .rodata's file offsets equal its addresses in this library.
"""
import re
import struct
import subprocess
import sys

LIB = "/lib/x86_64-linux-gnu/libm.so.6"
DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def address(symbol):
    if symbol.startswith("0x"):                # a static with a shared name (cij): its address, from the disassembly
        return int(symbol, 16)
    out = subprocess.run(["gdb", "-batch", "-ex", "info address " + symbol, LIB],
                         capture_output=True, text=True, check=True).stdout
    m = re.search(r"at address (0x[0-9a-f]+)", out)
    if not m:
        sys.exit("no address for %s in %s (is libc6-dbg installed?): %s" % (symbol, LIB, out))
    return int(m.group(1), 16)


def main():
    symbol, n = sys.argv[1], int(sys.argv[2])
    with open(LIB, "rb") as f:
        f.seek(address(symbol))
        words = struct.unpack("<%dQ" % n, f.read(8 * n))
    text = "".join("".join(DIGITS[(w >> (6 * (10 - k))) & 63] for k in range(11)) for w in words)
    lines = [text[i:i + 110] for i in range(0, len(text), 110)]
    print(" +\n".join('        "%s"' % s for s in lines) + ");")
    h = 0xCBF29CE484222325
    for w in words:
        h = ((h ^ w) * 0x100000001B3) & ((1 << 64) - 1)
    print("// first %016x last %016x fnv %016x" % (words[0], words[-1], h), file=sys.stderr)


main()
