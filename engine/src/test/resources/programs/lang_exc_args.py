# exception objects: args, repr and str as CPython's
e = ValueError('a', 2)
print(e.args, repr(e), str(e))
print(repr(KeyError('k')), str(KeyError('k')), repr(StopIteration()), StopIteration().args, repr(ValueError()))
print(repr(ValueError('x')), ValueError(3).args, str(ValueError(3)), repr(TypeError('it''s')))
try:
    {}['missing']
except KeyError as e:
    print(repr(e), e.args, str(e))
try:
    1 / 0
except ZeroDivisionError as e:
    print(repr(e), e.args)
