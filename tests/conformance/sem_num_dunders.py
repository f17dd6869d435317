print((1).__add__(1.5), (1.5).__add__(1), (1).__mul__("a"), (2).__pow__(3, 5), (2).__pow__(3.0, 5))
print((1).__eq__(1.0), (1.0).__eq__(1), (True).__add__(1), (1).__radd__(True), (3).__rsub__(10))
print((5).__and__(3), (5).__rlshift__(1), (1.5).__lt__(2), (2).__lt__(2.5), (1).__truediv__(2))
class I(int): pass
print(I(3).__add__(4), (4).__add__(I(3)), int.__add__(3, 4), float.__mul__(2.0, 3))
try: (1.0).__and__
except AttributeError as e: print(e)
print(sum([1,2]).__add__(1), (10**30).__add__(1), (10**30).__mod__(7.5))
try: (2.0).__pow__(3, 5)
except TypeError as e: print(e)
try: (2).__pow__(3, 5.0)
except TypeError as e: print(e)
