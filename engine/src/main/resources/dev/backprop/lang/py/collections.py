class _Map:
    def __init__(self, *args, **kwargs):
        self._d = {}
        self.update(*args, **kwargs)
    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)
    def __missing__(self, key):
        raise KeyError(key)
    def __setitem__(self, key, value):
        self._d[key] = value
    def __delitem__(self, key):
        del self._d[key]
    def __contains__(self, key):
        return key in self._d
    def __len__(self):
        return len(self._d)
    def __iter__(self):
        return iter(self._d)
    def __eq__(self, other):
        if isinstance(other, _Map):
            other = other._d
        return self._d == other
    def __ne__(self, other):
        return not self == other
    def __or__(self, other):
        r = self.copy()
        r.update(other)
        return r
    def keys(self):
        return self._d.keys()
    def values(self):
        return self._d.values()
    def items(self):
        return self._d.items()
    def get(self, key, default=None):
        return self._d.get(key, default)
    def pop(self, key, *default):
        return self._d.pop(key, *default)
    def popitem(self):
        return self._d.popitem()
    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)
    def clear(self):
        self._d.clear()
    def update(self, *args, **kwargs):
        if len(args) > 1:
            raise TypeError('update expected at most 1 argument, got ' + str(len(args)))
        if args:
            other = args[0]
            if isinstance(other, _Map):
                other = other._d
            self._d.update(other)
        self._d.update(kwargs)
    def copy(self):
        r = self.__class__()
        r._d = self._d.copy()
        return r


class defaultdict(_Map):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        self.default_factory = default_factory
        _Map.__init__(self, *args, **kwargs)
    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value
    def copy(self):
        r = defaultdict(self.default_factory)
        r._d = self._d.copy()
        return r
    def __repr__(self):
        f = self.default_factory
        return 'defaultdict(' + ('None' if f is None else repr(f)) + ', ' + repr(self._d) + ')'


class OrderedDict(_Map):
    def popitem(self, last=True):
        if not self._d:
            raise KeyError('dictionary is empty')
        key = next(reversed(list(self._d))) if last else next(iter(self._d))
        return key, self._d.pop(key)
    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = self._d
            self._d = {key: value}
            self._d.update(rest)
    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self._d.items()) == list(other._d.items())
        return _Map.__eq__(self, other)
    def __repr__(self):
        if not self._d:
            return 'OrderedDict()'
        return 'OrderedDict(' + repr(list(self._d.items())) + ')'


class Counter(_Map):
    def __missing__(self, key):
        return 0
    def total(self):
        return sum(self._d.values())
    def most_common(self, n=None):
        items = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:max(n, 0)]
    def elements(self):
        out = []
        for k, v in self._d.items():
            for _ in range(v):
                out.append(k)
        return iter(out)
    def update(self, *args, **kwargs):
        self._count(args, kwargs, 1)
    def subtract(self, *args, **kwargs):
        self._count(args, kwargs, -1)
    def _count(self, args, kwargs, sign):
        if len(args) > 1:
            raise TypeError('expected at most 1 arguments, got ' + str(len(args)))
        if args and args[0] is not None:
            other = args[0]
            if isinstance(other, _Map):
                other = other._d
            if isinstance(other, dict):
                for k, v in other.items():
                    self._d[k] = self._d.get(k, 0) + sign * v
            else:
                for k in other:
                    self._d[k] = self._d.get(k, 0) + sign
        for k, v in kwargs.items():
            self._d[k] = self._d.get(k, 0) + sign * v
    def copy(self):
        r = Counter()
        r._d = self._d.copy()
        return r
    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({' + ', '.join([repr(k) + ': ' + repr(v) for k, v in self.most_common()]) + '})'
    def _keep(self, pairs):
        r = Counter()
        for k, v in pairs:
            if v > 0:
                r._d[k] = v
        return r
    def __add__(self, other):
        pairs = [(k, v + other[k]) for k, v in self._d.items()]
        return self._keep(pairs + [(k, v) for k, v in other._d.items() if k not in self._d])
    def __sub__(self, other):
        pairs = [(k, v - other[k]) for k, v in self._d.items()]
        return self._keep(pairs + [(k, -v) for k, v in other._d.items() if k not in self._d])
    def __or__(self, other):
        pairs = [(k, max(v, other[k])) for k, v in self._d.items()]
        return self._keep(pairs + [(k, v) for k, v in other._d.items() if k not in self._d])
    def __and__(self, other):
        return self._keep([(k, min(v, other[k])) for k, v in self._d.items()])
    def __pos__(self):
        return self._keep(self._d.items())
    def __neg__(self):
        return self._keep([(k, -v) for k, v in self._d.items()])


class deque:
    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None and maxlen < 0:
            raise ValueError('maxlen must be non-negative')
        self.maxlen = maxlen
        self._l = []
        self.extend(iterable)
    def append(self, x):
        self._l.append(x)
        if self.maxlen is not None and len(self._l) > self.maxlen:
            self._l.pop(0)
    def appendleft(self, x):
        self._l.insert(0, x)
        if self.maxlen is not None and len(self._l) > self.maxlen:
            self._l.pop()
    def extend(self, iterable):
        for x in list(iterable):
            self.append(x)
    def extendleft(self, iterable):
        for x in list(iterable):
            self.appendleft(x)
    def pop(self):
        if not self._l:
            raise IndexError('pop from an empty deque')
        return self._l.pop()
    def popleft(self):
        if not self._l:
            raise IndexError('pop from an empty deque')
        return self._l.pop(0)
    def rotate(self, n=1):
        k = len(self._l)
        if k:
            n = n % k
            if n:
                self._l = self._l[-n:] + self._l[:-n]
    def clear(self):
        self._l = []
    def copy(self):
        return deque(self._l, self.maxlen)
    def count(self, x):
        return self._l.count(x)
    def index(self, x, *args):
        return self._l.index(x, *args)
    def insert(self, i, x):
        if self.maxlen is not None and len(self._l) >= self.maxlen:
            raise IndexError('deque already at its maximum size')
        self._l.insert(i, x)
    def remove(self, x):
        if x not in self._l:
            raise ValueError(repr(x) + ' is not in deque')
        self._l.remove(x)
    def reverse(self):
        self._l.reverse()
    def __len__(self):
        return len(self._l)
    def __iter__(self):
        return iter(self._l)
    def __reversed__(self):
        return reversed(self._l)
    def __contains__(self, x):
        return x in self._l
    def __getitem__(self, i):
        if not isinstance(i, int):
            raise TypeError('sequence index must be integer, not ' + repr(type(i).__name__))
        if not -len(self._l) <= i < len(self._l):
            raise IndexError('deque index out of range')
        return self._l[i]
    def __setitem__(self, i, x):
        if not -len(self._l) <= i < len(self._l):
            raise IndexError('deque index out of range')
        self._l[i] = x
    def __delitem__(self, i):
        if not -len(self._l) <= i < len(self._l):
            raise IndexError('deque index out of range')
        del self._l[i]
    def __eq__(self, other):
        return isinstance(other, deque) and self._l == other._l
    def __add__(self, other):
        return deque(self._l + other._l, self.maxlen)
    def __repr__(self):
        if self.maxlen is None:
            return 'deque(' + repr(self._l) + ')'
        return 'deque(' + repr(self._l) + ', maxlen=' + str(self.maxlen) + ')'


class _NT:
    def __iter__(self):
        return iter(self._tuple())
    def _tuple(self):
        return tuple([getattr(self, f) for f in self._fields])
    def __getitem__(self, i):
        return self._tuple()[i]
    def __len__(self):
        return len(self._fields)
    def __eq__(self, other):
        if isinstance(other, _NT):
            other = other._tuple()
        return self._tuple() == other
    def __ne__(self, other):
        return not self == other
    def __lt__(self, other):
        return self._tuple() < tuple(other)
    def __le__(self, other):
        return self._tuple() <= tuple(other)
    def __gt__(self, other):
        return self._tuple() > tuple(other)
    def __ge__(self, other):
        return self._tuple() >= tuple(other)
    def __hash__(self):
        return hash(self._tuple())
    def __add__(self, other):
        return self._tuple() + tuple(other)
    def __repr__(self):
        return type(self).__name__ + '(' + ', '.join([f + '=' + repr(getattr(self, f)) for f in self._fields]) + ')'
    def _asdict(self):
        return {f: getattr(self, f) for f in self._fields}
    def _replace(self, **kwargs):
        values = [kwargs.pop(f, getattr(self, f)) for f in self._fields]
        if kwargs:
            raise ValueError('Got unexpected field names: ' + repr(list(kwargs)))
        return type(self)(*values)
    @classmethod
    def _make(cls, iterable):
        return cls(*iterable)
    def count(self, x):
        return self._tuple().count(x)
    def index(self, x):
        return self._tuple().index(x)
