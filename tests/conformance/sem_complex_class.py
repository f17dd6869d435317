# complex: the class itself: dir(complex) as CPython 3.11, __module__ from the type (not an instance attribute), names and repr
print(complex.__module__, 'real' in dir(complex), '__module__' in dir(complex), complex.__name__, complex.__qualname__, repr(complex))
try:
    print((1j).__module__)
except AttributeError as e:
    print('AttributeError', e)
print(int.__module__, '__module__' in dir(int))
print(dir(complex))
