import math

_CYCLE = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f']
_NAMED = {'b': '#1f77b4', 'r': '#d62728', 'g': '#2ca02c', 'k': '#000000', 'y': '#bcbd22', 'c': '#17becf', 'm': '#e377c2',
          'blue': '#1f77b4', 'red': '#d62728', 'green': '#2ca02c', 'black': '#000000', 'orange': '#ff7f0e'}
_W = 480
_H = 330
_L = 56
_R = 16
_T = 30
_B = 44

def _vals(x):
    if hasattr(x, 'tolist'):
        x = x.tolist()
    out = []
    for v in x:
        if isinstance(v, list):
            out.extend(_vals(v))
        elif hasattr(v, 'data') and not isinstance(v, (int, float)):
            out.append(float(v.data))
        else:
            out.append(float(v))
    return out

def _f(v):
    return '%.1f' % v

def _esc(s):
    return str(s).replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')

def _nice(lo, hi):
    if lo == hi:
        lo, hi = lo - 1, hi + 1
    span = hi - lo
    step = 10 ** math.floor(math.log10(span / 5))
    for m in (1, 2, 2.5, 5, 10):
        if span / (step * m) <= 6:
            step = step * m
            break
    t = math.ceil(lo / step) * step
    ticks = []
    while t <= hi + step * 1e-9:
        ticks.append(0.0 if abs(t) < step * 1e-9 else t)
        t += step
    return ticks

def _tick(t):
    r = '%g' % t
    return r

def _color(c, i):
    if c is None:
        return _CYCLE[i % len(_CYCLE)]
    c = _NAMED.get(c, c)
    # only a name or #hex goes into the SVG (it is shown as markup)
    return c if isinstance(c, str) and c and all(ch.isalnum() or ch == '#' for ch in c) else _CYCLE[i % len(_CYCLE)]

def _cmap(t):
    # blue -> white -> red, for scatter c= values and filled contours
    t = 0.0 if t != t else (0.0 if t < 0 else (1.0 if t > 1 else t))
    if t < 0.5:
        k = t * 2
        r, g, b = 49 + (247 - 49) * k, 104 + (247 - 104) * k, 142 + (247 - 142) * k
    else:
        k = (t - 0.5) * 2
        r, g, b = 247 + (202 - 247) * k, 247 + (0 - 247) * k, 247 + (32 - 247) * k
    return '#%02x%02x%02x' % (int(r), int(g), int(b))

class Line2D:
    def __init__(self, label):
        self._label = label
    def __repr__(self):
        return '<matplotlib.lines.Line2D object at ' + hex(id(self)) + '>'

class _Artist:
    # what pyplot returns where only its repr is ever seen (a cell ending in plt.scatter(...) echoes it, with
    # CPython's default repr: the class and an address)
    def __init__(self, name):
        self._name = name
    def __repr__(self):
        return '<' + self._name + ' object at ' + hex(id(self)) + '>'

class Text:
    # matplotlib's Text repr: Text(x, y, 'text') in axes coordinates, as plt.title/xlabel/ylabel return it
    def __init__(self, x, y, text):
        self._x, self._y, self._text = x, y, text
    def get_text(self):
        return self._text
    def __repr__(self):
        return 'Text(' + repr(self._x) + ', ' + repr(self._y) + ', ' + repr(self._text) + ')'

class Axes:
    def __init__(self):
        self._items = []
        self._title = ''
        self._xlabel = ''
        self._ylabel = ''
        self._grid = False
        self._legend = False
        self._xlim = None
        self._ylim = None
        self._n = 0

    def plot(self, *args, label=None, color=None, c=None, **kw):
        args = list(args)
        out = []
        while args:
            if len(args) >= 2 and not isinstance(args[1], str):
                xs, ys = _vals(args[0]), _vals(args[1])
                args = args[2:]
            else:
                ys = _vals(args[0])
                xs = [float(i) for i in range(len(ys))]
                args = args[1:]
            fmt = ''
            if args and isinstance(args[0], str):
                fmt = args.pop(0)
            col = color or c
            for ch in fmt:
                if ch in _NAMED:
                    col = ch
            style = 'o' if fmt in ('o', 'bo', 'ro', 'go', 'ko') else '-'
            self._items.append(('line', xs, ys, _color(col, self._n), label, style))
            self._n += 1
            out.append(Line2D(label))
        return out

    def scatter(self, x, y, c=None, s=None, label=None, color=None, cmap=None, alpha=None, **kw):
        xs, ys = _vals(x), _vals(y)
        cs = None
        if c is not None and not isinstance(c, str):
            cs = _vals(c)
        col = _color(color if color is not None else (c if isinstance(c, str) else None), self._n)
        self._items.append(('scatter', xs, ys, col, label, cs, 3 if s is None else _clamp(math.sqrt(s) / 2, 1.5, 8)))
        self._n += 1
        return _Artist('matplotlib.collections.PathCollection')

    def contourf(self, xx, yy, z, levels=None, cmap=None, alpha=None, **kw):
        self._items.append(('contourf', xx, yy, z, 0.8 if alpha is None else float(alpha)))
        return _Artist('matplotlib.contour.QuadContourSet')

    def contour(self, xx, yy, z, levels=None, cmap=None, alpha=None, **kw):
        self._items.append(('contourf', xx, yy, z, 0.35 if alpha is None else float(alpha)))
        return _Artist('matplotlib.contour.QuadContourSet')

    def axhline(self, y=0, color='k', **kw):
        self._items.append(('hline', float(y), _color(color, 0)))
        return Line2D(None)

    def axvline(self, x=0, color='k', **kw):
        self._items.append(('vline', float(x), _color(color, 0)))
        return Line2D(None)

    def set_title(self, s, **kw):
        self._title = s
        return Text(0.5, 1.0, s)
    def set_xlabel(self, s, **kw):
        self._xlabel = s
        return Text(0.5, 0, s)
    def set_ylabel(self, s, **kw):
        self._ylabel = s
        return Text(0, 0.5, s)
    def set_xlim(self, a=None, b=None):
        # matplotlib returns the new limits as given: plt.xlim(lo, hi) echoes (lo, hi)
        if a is not None:
            self._xlim = (a[0], a[1]) if b is None else (a, b)
        return self.get_xlim()
    def set_ylim(self, a=None, b=None):
        if a is not None:
            self._ylim = (a[0], a[1]) if b is None else (a, b)
        return self.get_ylim()
    def get_xlim(self):
        b = self._bounds()
        return (b[0], b[1])
    def get_ylim(self):
        b = self._bounds()
        return (b[2], b[3])
    def grid(self, b=True, **kw):
        self._grid = b
    def legend(self, *a, **kw):
        self._legend = True
        return _Artist('matplotlib.legend.Legend')

    def _bounds(self):
        xs, ys = [], []
        for it in self._items:
            if it[0] in ('line', 'scatter'):
                xs.extend(v for v in it[1] if v == v and abs(v) != float('inf'))
                ys.extend(v for v in it[2] if v == v and abs(v) != float('inf'))
            elif it[0] == 'contourf':
                xs.extend(_vals(it[1]))
                ys.extend(_vals(it[2]))
        if not xs:
            xs = [0.0, 1.0]
        if not ys:
            ys = [0.0, 1.0]
        x0, x1 = min(xs), max(xs)
        y0, y1 = min(ys), max(ys)
        if x0 == x1:
            x0, x1 = x0 - 1, x1 + 1
        if y0 == y1:
            y0, y1 = y0 - 1, y1 + 1
        if not any(it[0] == 'contourf' for it in self._items):
            px, py = (x1 - x0) * 0.05, (y1 - y0) * 0.05
            x0, x1, y0, y1 = x0 - px, x1 + px, y0 - py, y1 + py
        if self._xlim:
            x0, x1 = float(self._xlim[0]), float(self._xlim[1])
        if self._ylim:
            y0, y1 = float(self._ylim[0]), float(self._ylim[1])
        return x0, x1, y0, y1

    def _svg(self):
        x0, x1, y0, y1 = self._bounds()
        pw, ph = _W - _L - _R, _H - _T - _B
        def X(v):
            return _L + (v - x0) / (x1 - x0) * pw
        def Y(v):
            return _T + ph - (v - y0) / (y1 - y0) * ph
        o = ['<svg xmlns="http://www.w3.org/2000/svg" class="plot" viewBox="0 0 %d %d" width="%d" height="%d" font-family="sans-serif" font-size="11">' % (_W, _H, _W, _H)]
        o.append('<rect x="0" y="0" width="%d" height="%d" fill="#ffffff"/>' % (_W, _H))
        o.append('<clipPath id="pa"><rect x="%d" y="%d" width="%d" height="%d"/></clipPath>' % (_L, _T, pw, ph))
        for it in self._items:
            if it[0] == 'contourf':
                xx, yy, z = it[1], it[2], it[3]
                xr, yr, zr = _vals(xx), _vals(yy), _vals(z)
                shape = xx.shape if hasattr(xx, 'shape') else (len(xx), len(xx[0]))
                rows, cols = shape[0], shape[1]
                zl, zh = min(zr), max(zr)
                o.append('<g class="contourf" clip-path="url(#pa)" opacity="%s">' % it[4])
                for i in range(rows):
                    for j in range(cols):
                        k = i * cols + j
                        dx = (xr[k + 1] - xr[k]) if j + 1 < cols else (xr[k] - xr[k - 1] if j > 0 else 1)
                        dy = (yr[k + cols] - yr[k]) if i + 1 < rows else (yr[k] - yr[k - cols] if i > 0 else 1)
                        t = 0.5 if zh == zl else (zr[k] - zl) / (zh - zl)
                        ax, ay = X(xr[k] - dx / 2), Y(yr[k] + dy / 2)
                        o.append('<rect x="%s" y="%s" width="%s" height="%s" fill="%s"/>' % (_f(ax), _f(ay), _f(X(xr[k] + dx / 2) - ax + 0.5), _f(Y(yr[k] - dy / 2) - ay + 0.5), _cmap(t)))
                o.append('</g>')
        if self._grid:
            for t in _nice(x0, x1):
                o.append('<line class="grid" x1="%s" y1="%d" x2="%s" y2="%d" stroke="#dddddd"/>' % (_f(X(t)), _T, _f(X(t)), _T + ph))
            for t in _nice(y0, y1):
                o.append('<line class="grid" x1="%d" y1="%s" x2="%d" y2="%s" stroke="#dddddd"/>' % (_L, _f(Y(t)), _L + pw, _f(Y(t))))
        for it in self._items:
            if it[0] == 'line':
                xs, ys, col, style = it[1], it[2], it[3], it[5]
                if style == 'o':
                    o.append('<g class="points" fill="%s">' % col)
                    for x, y in zip(xs, ys):
                        if x == x and y == y:
                            o.append('<circle cx="%s" cy="%s" r="3"/>' % (_f(X(x)), _f(Y(y))))
                    o.append('</g>')
                    continue
                d = []
                pen = 'M'
                for x, y in zip(xs, ys):
                    if x != x or y != y or abs(x) == float('inf') or abs(y) == float('inf'):
                        pen = 'M'
                        continue
                    d.append(pen + _f(X(x)) + ' ' + _f(Y(y)))
                    pen = 'L'
                o.append('<path class="line" clip-path="url(#pa)" fill="none" stroke="%s" stroke-width="1.5" d="%s"/>' % (col, ' '.join(d)))
            elif it[0] == 'scatter':
                xs, ys, col, cs, r = it[1], it[2], it[3], it[5], it[6]
                cl = ch = 0
                if cs:
                    cl, ch = min(cs), max(cs)
                o.append('<g class="scatter" clip-path="url(#pa)" stroke="#333333" stroke-width="0.5">')
                for i in range(len(xs)):
                    f = col if not cs else _cmap(0.5 if ch == cl else (cs[i] - cl) / (ch - cl))
                    o.append('<circle cx="%s" cy="%s" r="%s" fill="%s"/>' % (_f(X(xs[i])), _f(Y(ys[i])), _f(r), f))
                o.append('</g>')
            elif it[0] == 'hline':
                o.append('<line x1="%d" y1="%s" x2="%d" y2="%s" stroke="%s"/>' % (_L, _f(Y(it[1])), _L + pw, _f(Y(it[1])), it[2]))
            elif it[0] == 'vline':
                o.append('<line x1="%s" y1="%d" x2="%s" y2="%d" stroke="%s"/>' % (_f(X(it[1])), _T, _f(X(it[1])), _T + ph, it[2]))
        o.append('<rect class="frame" x="%d" y="%d" width="%d" height="%d" fill="none" stroke="#333333"/>' % (_L, _T, pw, ph))
        for t in _nice(x0, x1):
            if x0 <= t <= x1:
                o.append('<text class="tick" x="%s" y="%d" text-anchor="middle">%s</text>' % (_f(X(t)), _T + ph + 14, _tick(t)))
        for t in _nice(y0, y1):
            if y0 <= t <= y1:
                o.append('<text class="tick" x="%d" y="%s" text-anchor="end">%s</text>' % (_L - 4, _f(Y(t) + 4), _tick(t)))
        if self._title:
            o.append('<text class="title" x="%s" y="18" text-anchor="middle" font-size="13">%s</text>' % (_f(_L + pw / 2), _esc(self._title)))
        if self._xlabel:
            o.append('<text class="xlabel" x="%s" y="%d" text-anchor="middle">%s</text>' % (_f(_L + pw / 2), _H - 8, _esc(self._xlabel)))
        if self._ylabel:
            o.append('<text class="ylabel" transform="translate(12 %s) rotate(-90)" text-anchor="middle">%s</text>' % (_f(_T + ph / 2), _esc(self._ylabel)))
        if self._legend:
            y = _T + 14
            for it in self._items:
                if it[0] in ('line', 'scatter') and it[4]:
                    o.append('<rect x="%d" y="%d" width="14" height="3" fill="%s"/><text x="%d" y="%d">%s</text>' % (_L + pw - 110, y - 4, it[3], _L + pw - 92, y, _esc(it[4])))
                    y += 15
        o.append('</svg>')
        return ''.join(o)

def _clamp(v, lo, hi):
    return lo if v < lo else (hi if v > hi else v)

class Figure:
    def __init__(self, figsize=None, dpi=None):
        self._ax = Axes()
        self._axes = 0  # matplotlib's count: a fresh figure has none until something draws
        w, h = figsize if figsize is not None else (6.4, 4.8)
        d = 100 if dpi is None else dpi
        self._size = '%gx%g' % (w * d, h * d)
    def add_subplot(self, *a, **kw):
        self._axes = 1
        return self._ax
    def gca(self):
        self._axes = 1
        return self._ax
    def savefig(self, *a, **kw):
        pass
    def __repr__(self):
        return '<Figure size ' + self._size + ' with ' + str(self._axes) + ' Axes>'

_open = []

def _cur():
    if not _open:
        _open.append(Figure())
    return _open[-1]

def figure(num=None, figsize=None, dpi=None, **kw):
    f = Figure(figsize, dpi)
    _open.append(f)
    return f

def gcf():
    return _cur()

def gca():
    return _cur().gca()

def subplots(nrows=1, ncols=1, **kw):
    if nrows != 1 or ncols != 1:
        raise NotImplementedError('not provided by the playground: matplotlib.pyplot.subplots with more than one axes')
    f = figure(**{k: v for k, v in kw.items() if k in ('figsize', 'dpi')})
    return f, f.gca()

def plot(*a, **kw):
    return gca().plot(*a, **kw)
def scatter(*a, **kw):
    return gca().scatter(*a, **kw)
def contourf(*a, **kw):
    return gca().contourf(*a, **kw)
def contour(*a, **kw):
    return gca().contour(*a, **kw)
def axhline(*a, **kw):
    return gca().axhline(*a, **kw)
def axvline(*a, **kw):
    return gca().axvline(*a, **kw)
def title(s, **kw):
    return gca().set_title(s)
def xlabel(s, **kw):
    return gca().set_xlabel(s)
def ylabel(s, **kw):
    return gca().set_ylabel(s)
def xlim(*a):
    return gca().set_xlim(*a)
def ylim(*a):
    return gca().set_ylim(*a)
def grid(b=True, **kw):
    gca().grid(b)
def legend(*a, **kw):
    return gca().legend()
def savefig(*a, **kw):
    pass
def close(*a):
    _open.clear()

def show(*a, **kw):
    for f in _open:
        if f._ax._items:
            _emit(f._ax._svg())
    _open.clear()

class _Cm:
    # colormaps by name (the plots use one blue-white-red map for all of them)
    def __getattr__(self, name):
        return name
cm = _Cm()
for _name in ('Spectral', 'jet', 'viridis', 'plasma', 'inferno', 'magma', 'cividis', 'coolwarm', 'bwr', 'seismic',
              'RdBu', 'RdYlBu', 'RdYlGn', 'PiYG', 'Blues', 'Reds', 'Greens', 'Greys', 'gray', 'binary', 'Paired',
              'tab10', 'Set1', 'Set2', 'rainbow', 'hot', 'cool', 'spring', 'summer', 'autumn', 'winter'):
    setattr(cm, _name, _name)
