import math

_max, _min, _abs = max, min, abs  # numpy's max, min and abs replace the built-ins below

_ALL = object()  # a whole axis (a[i] of a 2-d array)

def _num(x):
    return isinstance(x, (int, float, bool))

def _strides(shape):
    st = [1] * len(shape)
    for i in range(len(shape) - 2, -1, -1):
        st[i] = st[i + 1] * shape[i + 1]
    return st

def _bshape(a, b):
    n = _max(len(a), len(b))
    a = (1,) * (n - len(a)) + tuple(a)
    b = (1,) * (n - len(b)) + tuple(b)
    out = []
    for x, y in zip(a, b):
        if x != y and x != 1 and y != 1:
            raise ValueError('operands could not be broadcast together with shapes ' + _sh(a) + ' ' + _sh(b))
        out.append(_max(x, y))
    return tuple(out)

def _sh(s):
    return '(' + ','.join(str(x) for x in s) + (',)' if len(s) == 1 else ')')

def _expand(a, shape):
    if tuple(a.shape) == tuple(shape):
        return a._d
    n = len(shape)
    ash = (1,) * (n - len(a.shape)) + tuple(a.shape)
    ast = _strides(ash)
    ost = _strides(shape)
    total = 1
    for s in shape:
        total *= s
    out = []
    for i in range(total):
        k = 0
        r = i
        for d in range(n):
            q = r // ost[d]
            r = r % ost[d]
            if ash[d] != 1:
                k += q * ast[d]
        out.append(a._d[k])
    return out

def _arr(x):
    if isinstance(x, ndarray):
        return x
    if _num(x):
        return ndarray([x], ())
    return array(x)

def _elementwise(a, b, f):
    if _num(a) and _num(b):
        return f(a, b)
    a = _arr(a)
    b = _arr(b)
    shape = _bshape(a.shape, b.shape)
    da = _expand(a, shape)
    db = _expand(b, shape)
    return ndarray([f(x, y) for x, y in zip(da, db)], shape)

def _map(x, f):
    if _num(x):
        return f(x)
    a = _arr(x)
    return ndarray([f(v) for v in a._d], a.shape)

def _div(x, y):
    if y == 0:
        if x == 0 or x != x:
            return float('nan')
        return float('inf') if x > 0 else float('-inf')
    return x / y

def _pow(x, y):
    try:
        return x ** y
    except ZeroDivisionError:
        return float('inf')
    except OverflowError:
        return float('inf')

def _fmt(v):
    if isinstance(v, bool):
        return 'True' if v else 'False'
    if isinstance(v, int):
        return str(v)
    if v != v:
        return 'nan'
    if v in (float('inf'), float('-inf')):
        return 'inf' if v > 0 else '-inf'
    r = '%.8f' % v
    r = r.rstrip('0')
    return '-0.' if r == '-0.' else r

def _words(d):
    # numpy's maxprec float mode: one count of decimals for all, padded with spaces; then one width for all
    if d and isinstance(d[0], float) and any(v == v and v not in (float('inf'), float('-inf')) and (v != 0 and _abs(v) < 1e-4 or _abs(v) >= 1e8) for v in d):
        digits = 0
        for v in d:
            for k in range(9):
                if k == 8 or v != v or float(('%.' + str(k) + 'e') % v) == v:
                    digits = _max(digits, k)
                    break
        w = [('%.' + str(digits) + 'e') % v for v in d]
    else:
        w = [_fmt(v) for v in d]
        if d and isinstance(d[0], float):
            fr = _max([len(x) - x.index('.') - 1 if '.' in x else 0 for x in w])
            w = [x + ' ' * (fr - (len(x) - x.index('.') - 1)) if '.' in x else x for x in w]
    n = _max([len(x) for x in w]) if w else 0
    return [' ' * (n - len(x)) + x for x in w]

class ndarray:
    def __init__(self, data, shape):
        self._d = data
        self.shape = tuple(shape)

    @property
    def ndim(self):
        return len(self.shape)

    @property
    def size(self):
        return len(self._d)

    @property
    def T(self):
        if len(self.shape) < 2:
            return self
        r, c = self.shape
        return ndarray([self._d[i * c + j] for j in range(c) for i in range(r)], (c, r))

    def __len__(self):
        if not self.shape:
            raise TypeError('len() of unsized object')
        return self.shape[0]

    def _row(self, i):
        if len(self.shape) == 1:
            return self._d[i]
        n = len(self._d) // self.shape[0]
        return ndarray(self._d[i * n:(i + 1) * n], self.shape[1:])

    def __iter__(self):
        return iter([self._row(i) for i in range(len(self))])

    def tolist(self):
        if len(self.shape) <= 1:
            return list(self._d)
        return [r.tolist() for r in self]

    def _ix(self, k, n):
        if isinstance(k, int):
            if k < -n or k >= n:
                raise IndexError('index ' + str(k) + ' is out of bounds for axis 0 with size ' + str(n))
            return [k % n], True
        if isinstance(k, ndarray) or isinstance(k, list):
            k = _arr(k)
            if k._d and isinstance(k._d[0], bool):
                return [i for i in range(n) if k._d[i]], False
            return [int(i) % n for i in k._d], False
        if k is _ALL:
            return list(range(n)), False
        return list(range(n))[k], False

    def __getitem__(self, k):
        if not isinstance(k, tuple):
            k = (k,)
        if len(k) > len(self.shape):
            raise IndexError('too many indices for array: array is ' + str(len(self.shape)) + '-dimensional, but ' + str(len(k)) + ' were indexed')
        k = k + (_ALL,) * (len(self.shape) - len(k))
        st = _strides(self.shape)
        picks = []
        shape = []
        for d in range(len(k)):
            ix, drop = self._ix(k[d], self.shape[d])
            picks.append(ix)
            if not drop:
                shape.append(len(ix))
        offs = [0]
        for d in range(len(k)):
            offs = [o + i * st[d] for o in offs for i in picks[d]]
        if not shape:
            return self._d[offs[0]]
        return ndarray([self._d[o] for o in offs], shape)

    def __setitem__(self, k, v):
        if isinstance(k, int):
            k = (k,)
        if isinstance(k, tuple) and len(k) == len(self.shape) and all(isinstance(i, int) for i in k):
            st = _strides(self.shape)
            o = 0
            for d in range(len(k)):
                o += (k[d] % self.shape[d]) * st[d]
            self._d[o] = v
            return
        raise TypeError('the playground\'s numpy sets single elements only: a[i] or a[i, j]')

    def __add__(self, o):
        return _elementwise(self, o, lambda x, y: x + y)
    def __radd__(self, o):
        return _elementwise(o, self, lambda x, y: x + y)
    def __sub__(self, o):
        return _elementwise(self, o, lambda x, y: x - y)
    def __rsub__(self, o):
        return _elementwise(o, self, lambda x, y: x - y)
    def __mul__(self, o):
        return _elementwise(self, o, lambda x, y: x * y)
    def __rmul__(self, o):
        return _elementwise(o, self, lambda x, y: x * y)
    def __truediv__(self, o):
        return _elementwise(self, o, _div)
    def __rtruediv__(self, o):
        return _elementwise(o, self, _div)
    def __pow__(self, o):
        return _elementwise(self, o, _pow)
    def __rpow__(self, o):
        return _elementwise(o, self, _pow)
    def __neg__(self):
        return _map(self, lambda x: -x)
    def __abs__(self):
        return _map(self, _abs)
    def __lt__(self, o):
        return _elementwise(self, o, lambda x, y: x < y)
    def __le__(self, o):
        return _elementwise(self, o, lambda x, y: x <= y)
    def __gt__(self, o):
        return _elementwise(self, o, lambda x, y: x > y)
    def __ge__(self, o):
        return _elementwise(self, o, lambda x, y: x >= y)
    def __eq__(self, o):
        return _elementwise(self, o, lambda x, y: x == y)
    def __ne__(self, o):
        return _elementwise(self, o, lambda x, y: x != y)

    def __bool__(self):
        if len(self._d) != 1:
            raise ValueError('The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()')
        return bool(self._d[0])

    def sum(self, axis=None):
        return _reduce(self, axis, _sum)
    def mean(self, axis=None):
        return _reduce(self, axis, lambda v: _sum(v) / len(v))
    def max(self, axis=None):
        return _reduce(self, axis, _max)
    def min(self, axis=None):
        return _reduce(self, axis, _min)
    def argmax(self):
        return self._d.index(_max(self._d))
    def argmin(self):
        return self._d.index(_min(self._d))
    def any(self):
        return any(self._d)
    def all(self):
        return all(self._d)

    def reshape(self, *shape):
        if len(shape) == 1 and isinstance(shape[0], (tuple, list)):
            shape = tuple(shape[0])
        shape = list(shape)
        if -1 in shape:
            known = 1
            for s in shape:
                if s != -1:
                    known *= s
            shape[shape.index(-1)] = len(self._d) // known
        total = 1
        for s in shape:
            total *= s
        if total != len(self._d):
            raise ValueError('cannot reshape array of size ' + str(len(self._d)) + ' into shape ' + _sh(shape))
        return ndarray(list(self._d), shape)

    def ravel(self):
        return ndarray(list(self._d), (len(self._d),))
    def flatten(self):
        return self.ravel()
    def copy(self):
        return ndarray(list(self._d), self.shape)
    def astype(self, t):
        return ndarray([t(v) for v in self._d], self.shape)
    def item(self):
        return self._d[0]

    def __repr__(self):
        return 'array(' + _body(self, 6) + ')'
    def __str__(self):
        return _body(self, 0, ' ')

def _body(a, indent, sep=', '):
    words = _words(a._d)
    if len(a.shape) == 0:
        return words[0]
    if len(a.shape) == 1:
        return _line(words, indent, sep)
    c = a.shape[1] if len(a.shape) == 2 else 0
    if len(a.shape) != 2:
        return '[' + (sep.rstrip() + '\n' + ' ' * (indent + 1)).join(_body(r, indent + 1, sep) for r in a) + ']'
    rows = [_line(words[i * c:(i + 1) * c], indent + 1, sep) for i in range(a.shape[0])]
    return '[' + (sep.rstrip() + '\n' + ' ' * (indent + 1)).join(rows) + ']'

def _line(words, indent, sep):
    # numpy wraps at 75 characters, continuing under the first element
    out = '['
    width = indent + 1
    for i, wd in enumerate(words):
        piece = wd + (sep.rstrip() if i < len(words) - 1 else '')
        if i > 0:
            if width + 1 + len(piece) > 74:
                out = out.rstrip() + '\n' + ' ' * (indent + 1)
                width = indent + 1
            else:
                out += ' '
                width += 1
        out += piece
        width += len(piece)
    return out + ']'

def _sum(v):
    t = 0
    for x in v:
        t += x
    return t

def _reduce(a, axis, f):
    if axis is None:
        if not a._d and f is not _sum:
            raise ValueError('zero-size array to reduction operation which has no identity')
        return f(a._d)
    if len(a.shape) != 2:
        raise ValueError('the playground\'s numpy reduces along an axis of 2-d arrays only')
    r, c = a.shape
    if axis == 0:
        return ndarray([f([a._d[i * c + j] for i in range(r)]) for j in range(c)], (c,))
    return ndarray([f(a._d[i * c:(i + 1) * c]) for i in range(r)], (r,))

def _flat(x, shape, depth):
    if isinstance(x, ndarray):
        if len(shape) == depth:
            shape.extend(x.shape)
        return list(x._d)
    if isinstance(x, (list, tuple)):
        if len(shape) == depth:
            shape.append(len(x))
        out = []
        for v in x:
            out.extend(_flat(v, shape, depth + 1))
        return out
    if hasattr(x, 'data') and not _num(x):
        raise TypeError("the playground's numpy holds numbers, not " + type(x).__name__)
    return [x]

def array(x, dtype=None):
    shape = []
    d = _flat(x, shape, 0)
    if any(isinstance(v, float) for v in d):
        d = [float(v) for v in d]
    if dtype is not None:
        d = [dtype(v) for v in d]
    return ndarray(d, shape)

asarray = array

def arange(start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    if isinstance(start, float) or isinstance(stop, float) or isinstance(step, float):
        start = float(start)  # numpy's dtype: float when any argument is (np.arange(3.0) is [0., 1., 2.])
    n = _max(0, math.ceil((stop - start) / step))
    delta = (start + step) - start  # numpy fills start + i * delta with this delta, not step
    return ndarray([start + i * delta for i in range(n)], (n,))

def linspace(start, stop, num=50, endpoint=True):
    if num == 1:
        return ndarray([float(start)], (1,))
    div = num - 1 if endpoint else num
    step = (stop - start) / div
    d = [start + i * step for i in range(num)]
    if endpoint:
        d[-1] = float(stop)
    return ndarray([float(v) for v in d], (num,))

def _shape(s):
    return (s,) if isinstance(s, int) else tuple(s)

def zeros(shape, dtype=float):
    s = _shape(shape)
    return ndarray([dtype(0)] * math.prod(s), s)

def ones(shape, dtype=float):
    s = _shape(shape)
    return ndarray([dtype(1)] * math.prod(s), s)

def zeros_like(a):
    return zeros(a.shape)

def ones_like(a):
    return ones(a.shape)

def meshgrid(x, y):
    x = _arr(x)
    y = _arr(y)
    nx = len(x._d)
    ny = len(y._d)
    xx = ndarray([x._d[j] for i in range(ny) for j in range(nx)], (ny, nx))
    yy = ndarray([y._d[i] for i in range(ny) for j in range(nx)], (ny, nx))
    return xx, yy

class _CClass:
    def __getitem__(self, k):
        if not isinstance(k, tuple):
            k = (k,)
        cols = [_arr(c) for c in k]
        n = len(cols[0]._d)
        d = []
        w = 0
        for c in cols:
            w += 1 if len(c.shape) == 1 else c.shape[1]
        for i in range(n):
            for c in cols:
                if len(c.shape) == 1:
                    d.append(c._d[i])
                else:
                    m = c.shape[1]
                    d.extend(c._d[i * m:(i + 1) * m])
        return ndarray(d, (n, w))

c_ = _CClass()

def _safe(f, x):
    try:
        return f(x)
    except OverflowError:
        return float('inf')
    except ValueError:
        if f is math.log and x == 0:
            return float('-inf')
        return float('nan')

def tanh(x):
    return _map(x, math.tanh)
def exp(x):
    return _map(x, lambda v: _safe(math.exp, v))
def log(x):
    return _map(x, lambda v: _safe(math.log, v))
def sqrt(x):
    return _map(x, lambda v: _safe(math.sqrt, v))
def sin(x):
    return _map(x, math.sin)
def cos(x):
    return _map(x, math.cos)
def abs(x):
    return _map(x, lambda v: v if v >= 0 else -v)
absolute = abs
def maximum(a, b):
    return _elementwise(a, b, lambda x, y: x if x >= y else y)
def minimum(a, b):
    return _elementwise(a, b, lambda x, y: x if x <= y else y)
def where(c, a, b):
    c = _arr(c)
    return ndarray([(_arr(a)._d[i if len(_arr(a)._d) > 1 else 0]) if c._d[i] else (_arr(b)._d[i if len(_arr(b)._d) > 1 else 0]) for i in range(len(c._d))], c.shape)

def sum(a, axis=None):
    return _arr(a).sum(axis)
def mean(a, axis=None):
    return _arr(a).mean(axis)
def max(a, axis=None):
    return _arr(a).max(axis)
def min(a, axis=None):
    return _arr(a).min(axis)
def argmax(a):
    return _arr(a).argmax()
def argmin(a):
    return _arr(a).argmin()
def shape(a):
    return _arr(a).shape
def reshape(a, s):
    return _arr(a).reshape(s)
def dot(a, b):
    a = _arr(a)
    b = _arr(b)
    if len(a.shape) == 1 and len(b.shape) == 1:
        return _sum([x * y for x, y in zip(a._d, b._d)])
    raise TypeError("the playground's numpy dots 1-d arrays only")

pi = math.pi
e = math.e
inf = float('inf')
nan = float('nan')
float64 = float
int64 = int

class _Random:
    # one numpy RandomState: its stream's seed, random, gauss and interval functions (Java)
    def __init__(self, s):
        self._s = s
    def RandomState(self, seed=None):
        return _Random(_np_stream(seed))
    def __repr__(self):
        return 'RandomState(MT19937)'
    def seed(self, s=None):
        self._s[0](0 if s is None else s)
    def rand(self, *shape):
        if not shape:
            return self._s[1]()
        return ndarray([self._s[1]() for _ in range(math.prod(shape))], shape)
    def random(self, size=None):
        if size is None:
            return self._s[1]()
        s = _shape(size)
        return ndarray([self._s[1]() for _ in range(math.prod(s))], s)
    def randn(self, *shape):
        if not shape:
            return self._s[2]()
        return ndarray([self._s[2]() for _ in range(math.prod(shape))], shape)
    def normal(self, loc=0.0, scale=1.0, size=None):
        if size is None:
            return loc + scale * self._s[2]()
        s = _shape(size)
        return ndarray([loc + scale * self._s[2]() for _ in range(math.prod(s))], s)
    def uniform(self, low=0.0, high=1.0, size=None):
        if size is None:
            return low + (high - low) * self._s[1]()
        s = _shape(size)
        return ndarray([low + (high - low) * self._s[1]() for _ in range(math.prod(s))], s)
    def randint(self, low, high=None, size=None):
        if high is None:
            low, high = 0, low
        if size is None:
            return low + self._s[3](high - low - 1)
        s = _shape(size)
        return ndarray([low + self._s[3](high - low - 1) for _ in range(math.prod(s))], s)
    def permutation(self, n):
        a = list(range(n)) if isinstance(n, int) else list(_arr(n)._d)
        self.shuffle(a)
        return ndarray(a, (len(a),))
    def shuffle(self, a):
        d = a._d if isinstance(a, ndarray) else a
        for i in range(len(d) - 1, 0, -1):
            j = self._s[3](i)
            d[i], d[j] = d[j], d[i]

random = _Random(_np_global)
