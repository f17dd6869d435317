# operator functions and itemgetter/attrgetter/methodcaller; string module constants and capwords.
import operator as op
import string

print(op.add(2, 3), op.sub(2, 3), op.mul('ab', 2), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10))
print(op.neg(5), op.pos(-5), op.abs(-3), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(1, 2), op.ge(3, 2))
print(op.and_(12, 10), op.or_(12, 10), op.xor(12, 10), op.invert(5), op.lshift(1, 5), op.rshift(64, 2))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'k': 'v'}, 'k'), op.concat([1], [2]))
lst = [1, 2, 3]
op.setitem(lst, 0, 'z')
op.delitem(lst, 1)
print(lst, op.index(7), op.length_hint([1, 2]), op.iadd([1], [2]))
g = op.itemgetter(1)
g2 = op.itemgetter(0, 2)
print(g('abc'), g2('abc'), g({1: 'one'}), g, g2)
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)))


class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner

    def greet(self, greeting, punct='!'):
        return greeting + ' ' + self.name + punct


p = P('ann', P('bob'))
print(op.attrgetter('name')(p), op.attrgetter('inner.name')(p), op.attrgetter('name', 'inner.name')(p), op.attrgetter('name'))
print(op.methodcaller('greet', 'hi')(p), op.methodcaller('greet', 'yo', punct='?')(p), op.methodcaller('upper')('x'))
print(op.methodcaller('greet', 'hi', punct='.'))
print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable))
print(string.capwords(' hello   wide  world '), string.capwords('a-b-c', '-'))
print(string.Template('$who likes ${what}, $$5').substitute(who='tim', what='kung pao'))
print(string.Template('$who and $nobody').safe_substitute({'who': 'me'}))
