

class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default)
                + ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init) + ',repr='
                + repr(self.repr) + ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare)
                + ',metadata=mappingproxy({}),kw_only=' + repr(self.kw_only) + ',_field_type=_FIELD)')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def _process(cls, init, repr_, eq, order, frozen, unsafe_hash):
    all_fields = {}
    for b in cls.__mro__[-1:0:-1]:
        fs = getattr(b, '__dataclass_fields__', None)
        if fs is not None:
            for f in fs.values():
                all_fields[f.name] = f
    own = cls.__dict__
    for name, tp in own.get('__annotations__', {}).items():
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError('mutable default ' + str(type(default)) + ' for field ' + name
                                 + ' is not allowed: use default_factory')
            f = field(default=default)
        f.name = name
        f.type = tp
        all_fields[name] = f
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    cls.__dataclass_fields__ = all_fields
    _build(cls, list(all_fields.values()), init, repr_, eq, order, frozen, unsafe_hash, MISSING)
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        cls = _process(cls, init, repr, eq, order, frozen, unsafe_hash)
        if match_args and '__match_args__' not in cls.__dict__:
            cls.__match_args__ = tuple([f.name for f in cls.__dataclass_fields__.values() if f.init and not f.kw_only is True])
        return cls
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    fs = getattr(class_or_instance, '__dataclass_fields__', None)
    if fs is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple([f for f in fs.values()])


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields__')


def _inst(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def _asdict(o):
    if _inst(o):
        return {f.name: _asdict(getattr(o, f.name)) for f in fields(o)}
    if isinstance(o, list):
        return [_asdict(v) for v in o]
    if isinstance(o, tuple):
        return tuple([_asdict(v) for v in o])
    if isinstance(o, dict):
        return {_asdict(k): _asdict(v) for k, v in o.items()}
    return o


def asdict(obj):
    if not _inst(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict(obj)


def _astuple(o):
    if _inst(o):
        return tuple([_astuple(getattr(o, f.name)) for f in fields(o)])
    if isinstance(o, list):
        return [_astuple(v) for v in o]
    if isinstance(o, tuple):
        return tuple([_astuple(v) for v in o])
    if isinstance(o, dict):
        return {_astuple(k): _astuple(v) for k, v in o.items()}
    return o


def astuple(obj):
    if not _inst(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple(obj)


def replace(obj, **changes):
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError('field ' + f.name + ' is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
