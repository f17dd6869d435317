# expect-error
# equal-distance builtins: the first in CPython's builtins order wins ('id' before 'int')
values = [1, 2, 3]
print(len(values))
print(it(values))
