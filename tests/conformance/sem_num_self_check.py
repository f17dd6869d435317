# Number methods and dunders check self against their class (CPython's descriptor errors); __getnewargs__/__sizeof__.
for expr in ["float.__add__(1, 2)", "float.__add__(1.0, 2)", "int.__add__(1.5, 2)", "int.__add__(True, 2)", "bool.__and__(1, 2)", "int.bit_length('x')", "int.bit_length(True)",
             "float.is_integer(1)", "float.hex(1)", "int.to_bytes(1.0, 2, 'big')", "float.__lt__(1, 2.0)", "int.__lt__(1.0, 2)",
             "int.conjugate(2.5)", "float.conjugate(2)",
             "float.as_integer_ratio(1)", "int.__index__(1.0)", "float.__int__(1)", "int.__float__(1.0)", "float.__truediv__(1, 2)", "int.__pow__(2.0, 2)",
             "float.__round__(1)", "int.__round__(1.5)", "int.__floor__(1.5)", "float.__trunc__(3)", "float.__mul__(2.0, 3)", "int.__mul__(2, 3.0)", "bool.__or__(True, 1)", "bool.__or__(1, True)",
             "int.__divmod__(1.5, 2)", "float.__divmod__(1, 2.0)", "int.__invert__(1.5)", "int.__eq__(1.0, 1)", "float.__eq__(1, 1.0)",
             "int.__getnewargs__(1.0)", "int.as_integer_ratio(1.0)", "float.fromhex('1')",
             "int.__rsub__(1.0, 2)", "float.__rpow__(2, 2.0)", "float.__radd__(1, 2)", "int.__lshift__(1.0, 1)", "int.__str__(1.0)", "float.__str__(1)"]:
    try:
        r = eval(expr); print(expr, '->', repr(r))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
import copy, sys
for v in [0, 1, -1, 2**30-1, 2**30, 2**60, -2**100, True, False, 1.5, -0.0, float('inf')]:
    print(repr(v), v.__getnewargs__(), v.__sizeof__(), copy.copy(v) == v)
for e in ["(1).__getnewargs__(1)", "int.__getnewargs__(1.0)", "int.__sizeof__(1.0)"]:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
class I(int): pass
class F(float): pass
print(I(5).__getnewargs__(), F(2.5).__getnewargs__(), int.__add__(I(2), 3), float.__add__(F(1.5), 1), I(3).bit_length())

# the dunders still work on their own class, subclasses and bools
print(bool.__and__(True, False), bool.__or__(False, 1), int.__and__(True, 3), float.__rsub__(1.5, 2), int.__divmod__(7, 2), float.__rdivmod__(2.5, 7))
print(int.__pow__(2, 10, 1000), int.__invert__(True), int.__lt__(True, 2), float.__ge__(2.0, True), int.__truediv__(1, 2))
for e in ["bool.__lt__(1, 2)", "bool.__add__(1, 2)", "bool.__eq__(1, 1)", "bool.__and__(1, 2)", "bool.__ror__(0, True)", "bool.__invert__(1)", "bool.__divmod__(7, 2)", "bool.__xor__(True, True)", "bool.__sub__(1.5, 1)"]:
    try: print(e, eval(e))
    except Exception as ex: print(e, type(ex).__name__, ex)
