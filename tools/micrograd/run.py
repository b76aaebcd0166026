"""Runs a playground program in CPython with the reference micrograd, as the playground would.

usage: python3 tools/micrograd/run.py PROGRAM.py
Prints the program's output; on an exception prints 'ERROR <Kind> <line>' as the last stdout line
(the line in PROGRAM.py where it was raised) and exits 1. `Value` and `draw_dot` are built-ins, as in
the playground (draw_dot does nothing here).
"""
import builtins
import os
import sys
import traceback

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.setrecursionlimit(1000)
from micrograd.engine import Value  # noqa: E402

builtins.Value = Value
# the playground does not provide these: make them fail here too, even where they are installed
for _m in ('numpy', 'matplotlib', 'torch', 'graphviz', 'pandas', 'sklearn', 'scipy', 'tensorflow', 'jax', 'IPython'):
    sys.modules[_m] = None
builtins.draw_dot = lambda *a, **k: None


def main(path):
    src = open(path, encoding='utf-8').read()
    try:
        code = compile(src, path, 'exec')
    except SyntaxError as e:
        print(f"ERROR {type(e).__name__} {e.lineno}")
        return 1
    g = {'__name__': '__main__'}
    try:
        exec(code, g)
    except Exception as e:
        line = None
        for fr in traceback.extract_tb(e.__traceback__):
            if fr.filename == path:
                line = fr.lineno
        sys.stdout.flush()
        print(f"ERROR {type(e).__name__} {line}")
        return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
