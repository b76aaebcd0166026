

_abstract = []


def abstractmethod(funcobj):
    _abstract.append(funcobj)
    return funcobj


def _is_abstract(v):
    if type(v).__name__ == 'property':
        return _is_abstract(v.fget) or _is_abstract(v.fset) or _is_abstract(v.fdel)
    for f in _abstract:
        if f is v:
            return True
    return False


def _abstract_names(cls):
    seen = set()
    names = []
    for c in cls.__mro__[:-1]:
        for name, v in c.__dict__.items():
            if name in seen:
                continue
            seen.add(name)
            if _is_abstract(v):
                names.append(name)
    return sorted(names)


class ABC:
    def __new__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method'
                            + ('s ' if len(names) > 1 else ' ') + ', '.join(names))
        return object.__new__(cls)


class ABCMeta(type):
    def __call__(cls, *args, **kwargs):
        names = _abstract_names(cls)
        if names:
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method'
                            + ('s ' if len(names) > 1 else ' ') + ', '.join(names))
        return super().__call__(*args, **kwargs)
def abstractproperty(f):
    return property(abstractmethod(f))
