

class auto:
    def __init__(self):
        self.value = None


def _setup(cls):
    members = {}
    canonical = {}
    by_value = {}
    last = 0
    for b in cls.__mro__[1:-1]:
        if b.__dict__.get('_member_map_'):
            raise TypeError(cls.__name__ + ': cannot extend ' + repr(b))
    for k, v in list(cls.__dict__.items()):
        if k.startswith('_') or callable(v) or type(v).__name__ in ('property', 'classmethod', 'staticmethod'):
            continue
        if isinstance(v, auto):
            v = last + 1
        if isinstance(v, int) and not isinstance(v, bool):
            last = v
        if v in by_value:
            m = by_value[v]  # an alias: found by name, not iterated
        else:
            m = object.__new__(cls)
            m._name_ = k
            m._value_ = v
            by_value[v] = m
            canonical[k] = m
        members[k] = m
        setattr(cls, k, m)
    cls._member_map_ = canonical
    cls._value2member_map_ = by_value
    cls.__members__ = members


class Enum:
    def __init_subclass__(cls, **kwargs):
        _setup(cls)

    def __new__(cls, value):
        m = cls.__dict__.get('_value2member_map_', {})
        if value in m:
            return m[value]
        raise ValueError(repr(value) + ' is not a valid ' + cls.__qualname__)

    def __repr__(self):
        return '<' + type(self).__name__ + '.' + self._name_ + ': ' + repr(self._value_) + '>'

    def __str__(self):
        return type(self).__name__ + '.' + self._name_

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_


class IntEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, spec):
        return format(self._value_, spec)

    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < (other._value_ if isinstance(other, Enum) else other)

    def __le__(self, other):
        return self._value_ <= (other._value_ if isinstance(other, Enum) else other)

    def __gt__(self, other):
        return self._value_ > (other._value_ if isinstance(other, Enum) else other)

    def __ge__(self, other):
        return self._value_ >= (other._value_ if isinstance(other, Enum) else other)

    def __hash__(self):
        return hash(self._value_)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __mul__(self, other):
        return self._value_ * other


def unique(enumeration):
    dups = [k for k, m in enumeration.__members__.items() if m._name_ != k]
    if dups:
        raise ValueError('duplicate values found in ' + repr(enumeration) + ': '
                         + ', '.join([k + ' -> ' + enumeration.__members__[k]._name_ for k in dups]))
    return enumeration
