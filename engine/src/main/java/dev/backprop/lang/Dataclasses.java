package dev.backprop.lang;

import dev.backprop.lang.Ast.Node;
import dev.backprop.lang.Py.*;
import java.util.ArrayList;

/**
 * The dataclasses module: field(), fields(), asdict(), astuple(), replace() and the decorator in Python (the
 * prelude below); the methods a dataclass gets (__init__, __repr__, __eq__, order, __hash__, frozen) are written
 * as Python source here, one class per dataclass, and run, so their errors and qualnames are CPython's.
 */
final class Dataclasses {
    private Dataclasses() {
    }

    static final String SRC = """


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
""";

    static PyModule create(Interp in) {
        PyModule m = new PyModule("dataclasses");
        m.attrs.put("_build", new PyBuiltin("_build", Dataclasses::build));
        Preludes.run(in, SRC, m);
        return m;
    }

    /** _build(cls, fields, init, repr, eq, order, frozen, unsafe_hash, MISSING): writes and installs the methods. */
    private static Object build(Interp in, Object[] a, String[] kn, Object[] kv, Node at) {
        if (a.length != 9 || !(a[0] instanceof PyClass) || !(a[1] instanceof PyList)) {
            throw in.error("TypeError", "dataclass() should be called on a class", at);
        }
        PyClass cls = (PyClass) a[0];
        ArrayList<Object> fields = ((PyList) a[1]).items;
        boolean init = in.truthy(a[2]);
        boolean repr = in.truthy(a[3]);
        boolean eq = in.truthy(a[4]);
        boolean order = in.truthy(a[5]);
        boolean frozen = in.truthy(a[6]);
        boolean unsafeHash = in.truthy(a[7]);
        Object missing = a[8];
        PyModule scope = new PyModule("dataclasses");
        scope.attrs.put("_HF", missing); // the default of a parameter whose field has a default_factory
        scope.attrs.put("_oset", Attrs.objectAttr("__setattr__"));
        String n = cls.name;
        StringBuilder src = new StringBuilder("class " + n + ":\n");
        ArrayList<String> cmp = new ArrayList<>(); // fields compared by __eq__ and the order methods
        ArrayList<String> hashed = new ArrayList<>();
        StringBuilder params = new StringBuilder("self");
        StringBuilder body = new StringBuilder();
        StringBuilder reprs = new StringBuilder();
        boolean seenDefault = false;
        for (int i = 0; i < fields.size(); i++) {
            Object f = fields.get(i);
            String name = in.str(in.getattr(f, "name", at));
            Object dflt = in.getattr(f, "default", at);
            Object factory = in.getattr(f, "default_factory", at);
            boolean fInit = in.truthy(in.getattr(f, "init", at));
            String value;
            if (fInit) {
                if (dflt != missing) {
                    scope.attrs.put("_d" + i, dflt);
                    params.append(", ").append(name).append("=_d").append(i);
                    seenDefault = true;
                    value = name;
                } else if (factory != missing) {
                    scope.attrs.put("_f" + i, factory);
                    params.append(", ").append(name).append("=_HF");
                    seenDefault = true;
                    value = "_f" + i + "() if " + name + " is _HF else " + name;
                } else {
                    if (seenDefault) {
                        throw in.error("TypeError", "non-default argument '" + name + "' follows default argument", at);
                    }
                    params.append(", ").append(name);
                    value = name;
                }
            } else if (dflt != missing) {
                scope.attrs.put("_d" + i, dflt);
                value = "_d" + i;
            } else if (factory != missing) {
                scope.attrs.put("_f" + i, factory);
                value = "_f" + i + "()";
            } else {
                value = null;
            }
            if (value != null) {
                body.append(frozen ? "        _oset(self, '" + name + "', " + value + ")\n"
                        : "        self." + name + " = " + value + "\n");
            }
            if (in.truthy(in.getattr(f, "repr", at))) {
                reprs.append(reprs.length() == 0 ? "'" : " + ', ");
                reprs.append(name).append("=' + repr(self.").append(name).append(")");
            }
            if (in.truthy(in.getattr(f, "compare", at))) {
                cmp.add(name);
            }
            Object h = in.getattr(f, "hash", at);
            if (h == Py.NONE ? in.truthy(in.getattr(f, "compare", at)) : in.truthy(h)) {
                hashed.add(name);
            }
        }
        if (init) {
            if (cls.lookup("__post_init__") != null) {
                body.append("        self.__post_init__()\n");
            }
            src.append("    def __init__(").append(params).append("):\n").append(body.length() == 0 ? "        pass\n" : body);
        }
        if (repr) {
            src.append("    def __repr__(self):\n        return self.__class__.__qualname__ + '(' + ")
                    .append(reprs.length() == 0 ? "''" : reprs).append(" + ')'\n");
        }
        String mine = tuple("self", cmp);
        String theirs = tuple("other", cmp);
        if (eq) {
            src.append("    def __eq__(self, other):\n        if other.__class__ is self.__class__:\n            return ")
                    .append(mine).append(" == ").append(theirs).append("\n        return NotImplemented\n");
        }
        if (order) {
            String[][] ops = {{"__lt__", "<"}, {"__le__", "<="}, {"__gt__", ">"}, {"__ge__", ">="}};
            for (String[] op : ops) {
                if (cls.dict.containsKey(op[0])) {
                    throw in.error("TypeError", "Cannot overwrite attribute " + op[0] + " in class " + n
                            + ". Consider using functools.total_ordering", at);
                }
                src.append("    def ").append(op[0]).append("(self, other):\n        if other.__class__ is self.__class__:\n")
                        .append("            return ").append(mine).append(' ').append(op[1]).append(' ').append(theirs)
                        .append("\n        return NotImplemented\n");
            }
        }
        boolean ownHash = cls.dict.get("__hash__") != null && cls.dict.get("__hash__") != Py.NONE;
        if (unsafeHash || eq && frozen) {
            src.append("    def __hash__(self):\n        return hash(").append(tuple("self", hashed)).append(")\n");
        }
        if (frozen) {
            src.append("    def __setattr__(self, name, value):\n")
                    .append("        raise AttributeError('cannot assign to field ' + repr(name))\n")
                    .append("    def __delattr__(self, name):\n")
                    .append("        raise AttributeError('cannot delete field ' + repr(name))\n");
        }
        src.append("    pass\n");
        PyClass made = (PyClass) Preludes.run(in, src.toString(), scope).get(n);
        for (java.util.Map.Entry<String, Object> e : made.dict.entrySet()) {
            String k = e.getKey();
            if (!(e.getValue() instanceof PyFunc)) {
                continue;
            }
            if (cls.dict.containsKey(k) && !k.equals("__hash__") && !k.equals("__setattr__") && !k.equals("__delattr__")) {
                continue; // the class's own __init__, __repr__, __eq__ stay
            }
            if (k.equals("__hash__") && ownHash && !unsafeHash) {
                continue;
            }
            ((PyFunc) e.getValue()).owner = cls;
            cls.dict.put(k, e.getValue());
        }
        if (eq && !frozen && !unsafeHash && !ownHash) {
            cls.dict.put("__hash__", Py.NONE); // as CPython: eq without frozen makes instances unhashable
        }
        cls.refreshHooks();
        return Py.NONE;
    }

    /** Python source of the tuple of these fields of {@code who}: "(self.x, self.y,)". */
    private static String tuple(String who, ArrayList<String> names) {
        StringBuilder sb = new StringBuilder("(");
        for (String x : names) {
            sb.append(who).append('.').append(x).append(", ");
        }
        return sb.append(")").toString();
    }
}
