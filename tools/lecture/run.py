"""Runs a lecture-style program in CPython 3.11 as the playground runs it, printing what the playground prints.

usage: python3.11 tools/lecture/run.py PROGRAM.py
A program with '# %%' lines is a notebook: each cell is run in order in one namespace and a cell's last bare
expression is echoed as Jupyter shows it, IPython's pretty printer at width 79 (Jupyter's rule: not None, not when the line ends with ';'); IPython magic
lines (%..., !...) are skipped. Value and draw_dot are built-ins, as in the playground. Real numpy is used; matplotlib.pyplot and graphviz draw nothing here (the
playground draws them as SVG / graphs, which are not printed text); pyplot calls return what matplotlib's return
as far as a cell's echo shows them (Text reprs, limits, artists with an address). On an exception prints
'ERROR <Kind> <line>' as the last line and exits 1.
"""
import ast
import sys
import types

from IPython.lib.pretty import pretty


def fake_modules():
    plt = types.ModuleType('matplotlib.pyplot')

    def nothing(*a, **k):
        return None

    def artist(module, name):
        # stands for a matplotlib artist: CPython's default repr, <matplotlib.lines.Line2D object at 0x...>
        return type(name, (), {'__module__': module})()

    class Text:
        def __init__(self, x, y, text):
            self._x, self._y, self._text = x, y, text

        def __repr__(self):  # matplotlib's Text repr
            return f"Text({self._x}, {self._y}, {self._text!r})"
    for name in ('grid', 'show', 'figure', 'savefig', 'close'):
        setattr(plt, name, nothing)
    plt.plot = lambda *a, **k: [artist('matplotlib.lines', 'Line2D')]
    plt.scatter = lambda *a, **k: artist('matplotlib.collections', 'PathCollection')
    plt.contour = plt.contourf = lambda *a, **k: artist('matplotlib.contour', 'QuadContourSet')
    plt.axhline = plt.axvline = lambda *a, **k: artist('matplotlib.lines', 'Line2D')
    plt.legend = lambda *a, **k: artist('matplotlib.legend', 'Legend')
    plt.title = lambda s, **k: Text(0.5, 1.0, s)
    plt.xlabel = lambda s, **k: Text(0.5, 0, s)
    plt.ylabel = lambda s, **k: Text(0, 0.5, s)
    plt.xlim = lambda a, b=None: (float(a), float(b)) if b is not None else (float(a[0]), float(a[1]))  # limits as set
    plt.ylim = plt.xlim

    class Axes:
        def __getattr__(self, name):
            return nothing
    plt.subplots = lambda *a, **k: (None, Axes())
    mpl = types.ModuleType('matplotlib')
    mpl.pyplot = plt
    sys.modules['matplotlib'] = mpl
    sys.modules['matplotlib.pyplot'] = plt
    gv = types.ModuleType('graphviz')

    class Digraph:
        def __init__(self, *a, **k):
            pass

        def node(self, *a, **k):
            pass

        def edge(self, *a, **k):
            pass
    gv.Digraph = Digraph
    sys.modules['graphviz'] = gv
    sys.modules['torch'] = None


def cells(src):
    out, cur, first, line = [], [], 1, 0
    for line, text in enumerate(src.split('\n'), 1):
        if text.startswith('# %%') or text.startswith('#%%'):
            out.append((first, cur))
            cur, first = [], line + 1
        else:
            cur.append('' if text[:1] in ('%', '!') else text)
    out.append((first, cur))
    return out


def main(path):
    fake_modules()
    import builtins
    import os
    sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'micrograd'))
    from micrograd.engine import Value
    builtins.Value = Value  # the playground's built-in Value and draw_dot
    builtins.draw_dot = lambda *a, **k: None
    src = open(path, encoding='utf-8').read()
    notebook = any(t.startswith('# %%') or t.startswith('#%%') for t in src.split('\n'))
    env = {'__name__': '__main__'}
    parts = cells(src) if notebook else [(1, src.split('\n'))]
    for first, lines in parts:
        code = '\n' * (first - 1) + '\n'.join(lines) + '\n'
        try:
            tree = ast.parse(code, path)
            echo = None
            last = [t for t in lines if t.split('#')[0].strip()]
            if notebook and tree.body and isinstance(tree.body[-1], ast.Expr) and not (last and last[-1].split('#')[0].rstrip().endswith(';')):
                echo = ast.Expression(tree.body.pop().value)
            exec(compile(tree, path, 'exec'), env)
            if echo is not None:
                v = eval(compile(echo, path, 'eval'), env)
                if v is not None and type(v).__name__ != 'Digraph':  # Jupyter draws a Digraph, prints nothing
                    print(pretty(v, max_width=79))  # Jupyter's plain-text echo
        except Exception as e:
            tb = e.__traceback__
            lineno = 0
            while tb is not None:
                if tb.tb_frame.f_code.co_filename == path:
                    lineno = tb.tb_lineno
                tb = tb.tb_next
            if isinstance(e, SyntaxError):
                lineno = e.lineno
            sys.stdout.flush()
            print(f"ERROR {type(e).__name__} {lineno}")
            return 1
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
