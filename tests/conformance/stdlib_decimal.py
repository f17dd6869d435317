# decimal (CPython's _pydecimal): arithmetic, contexts, rounding, quantize, errors.
import decimal
from decimal import (Decimal, getcontext, setcontext, localcontext, Context, BasicContext,
                     ExtendedContext, DefaultContext, InvalidOperation, DivisionByZero, Inexact,
                     Rounded, Overflow, Underflow, FloatOperation, ROUND_HALF_UP, ROUND_HALF_EVEN,
                     ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_DOWN, ROUND_05UP)
from fractions import Fraction

D = Decimal
print(D('1.1') + D('2.2'), D('1.30') + D('1.20'), D('3.0') * D('1.50'), D(1) / D(7))
print(D('10') / D('4'), D('10') // D('3'), D('-10') // D('3'), D('10') % D('3'), D('-10') % D('3'))
print(divmod(D('7.5'), D('2')), D(2) ** 10, D(2) ** D('0.5'), D('-0'), -D('0'), abs(D('-3.14')))
print(D('0.1') + D('0.2') == D('0.3'), 0.1 + 0.2 == 0.3)
print(repr(D('3.14')), str(D('1E+3')), D('1e-7'), D('123456789e20'), D('-0.000001'), D('0E-10'))
print(D(3.14), D(0.5), D(-0.0), D(10**30), D((0, (1, 4, 1, 4), -3)), D((1, (2, 5), 2)))
print(D('nan'), D('-Infinity'), D('sNaN'), D('inf') > D(10**100), D('NaN').is_nan())
print(D(' 42 '), D('1_000.5'), D('\u0661\u0662'))
try:
    D('abc')
except InvalidOperation as e:
    print('InvalidOperation', type(e).__name__, [c.__name__ for c in type(e).__mro__[1:3]])
try:
    D('1.5') / 0
except DivisionByZero as e:
    print('DivisionByZero', isinstance(e, ZeroDivisionError))
try:
    D(0) / 0
except InvalidOperation as e:
    print('InvalidOperation', type(e).__name__)
print(issubclass(DivisionByZero, ArithmeticError), issubclass(InvalidOperation, ArithmeticError),
      issubclass(decimal.DecimalException, ArithmeticError))

# precision and contexts
c = getcontext()
print(c.prec, c.rounding, c.Emax, c.Emin, c.capitals, c.clamp)
print(repr(c))
print(Context(traps=[Inexact, decimal.Clamped, Underflow], flags=[Rounded, decimal.Subnormal, InvalidOperation]))
getcontext().prec = 6
print(D(1) / D(7), D(2).sqrt(), D('123456789') + 0)
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 50
    print(D(1) / D(7))
    print(D(2).sqrt())
print(D(1) / D(7))
with localcontext(prec=5, rounding=ROUND_DOWN) as ctx:
    print(D(2) / D(3), ctx.prec, ctx.rounding)
print(getcontext().prec)
ctx = Context(prec=3, rounding=ROUND_UP)
print(ctx.divide(D(1), D(3)), ctx.add(D('1.234'), D('1')), ctx.create_decimal('3.14159'))
print(ExtendedContext.divide(D(1), D(0)), ExtendedContext.sqrt(D(-1)))
print(BasicContext.prec, DefaultContext.prec, ExtendedContext.prec)
old = getcontext()
setcontext(Context(prec=4))
print(D(22) / D(7), getcontext().prec)
setcontext(old)
print(D(22) / D(7))

# traps and flags
with localcontext() as ctx:
    ctx.traps[DivisionByZero] = False
    print(D(1) / D(0), ctx.flags[DivisionByZero])
    ctx.traps[Inexact] = True
    try:
        D(1) / D(3)
    except Inexact as e:
        print('Inexact trapped')
with localcontext() as ctx:
    ctx.clear_flags()
    D(1) / D(3)
    print(sorted(k.__name__ for k, v in ctx.flags.items() if v))
with localcontext() as ctx:
    ctx.traps[FloatOperation] = True
    try:
        D(0.5) < 1
        D(1.5)
    except FloatOperation:
        print('FloatOperation trapped')
    try:
        D('1.5') < 2.5
    except FloatOperation:
        print('FloatOperation trapped on compare')

# rounding and quantize
for r in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_DOWN, ROUND_UP, ROUND_CEILING, ROUND_FLOOR,
          ROUND_HALF_DOWN, ROUND_05UP):
    print(r, [str(D(x).quantize(D('0.1'), rounding=r)) for x in ('1.25', '1.35', '-1.25', '1.21', '1.01', '-1.05')])
print(D('7.325').quantize(D('.01'), rounding=ROUND_DOWN), D('7.325').quantize(D('1.'), rounding=ROUND_UP))
print(D('1.41421356').quantize(D('1.000')), D('2.5').to_integral_value(), D('3.5').to_integral_value())
print(round(D('2.675'), 2), round(D('2.5')), round(D('3.5')), round(D('-2.5')), type(round(D('1.5'))).__name__)
try:
    D('1e30').quantize(D('1e-30'))
except InvalidOperation as e:
    print('quantize InvalidOperation')
print(int(D('3.99')), int(D('-3.99')), float(D('0.1')), D('12.5').__trunc__(), D('2.5').__floor__(), D('2.5').__ceil__())
try:
    int(D('nan'))
except ValueError as e:
    print('ValueError', e)
try:
    int(D('inf'))
except OverflowError as e:
    print('OverflowError', e)

# comparisons with int, float, Fraction; hashing
print(D(1) == 1, D('1.0') == 1, D('0.5') == 0.5, D('0.1') == 0.1, D('0.5') == Fraction(1, 2),
      D('0.25') < Fraction(1, 3), D(2) > 1.5, 1 < D('1.01'), sorted([D('2.5'), 1, 2.25, Fraction(7, 3)]))
print(hash(D(1)) == hash(1), hash(D('1.0')) == hash(1), hash(D('0.5')) == hash(0.5),
      hash(D('-7')) == hash(-7), hash(D(10**30)) == hash(10**30), hash(D('1.25')) == hash(1.25),
      hash(D('0.1')) == hash(Fraction(1, 10)), hash(D('inf')) == hash(float('inf')))
print(len({D(1), 1, 1.0, D('1.00')}), {D('1.5'): 'a'}[1.5])
try:
    hash(D('sNaN'))
except TypeError as e:
    print('TypeError', e)
print(D('nan') == D('nan'), D(1) == D('nan'))
try:
    D('nan') < 1
except InvalidOperation as e:
    print('InvalidOperation on ordering a NaN')
print(max(D('1.5'), D('2')), min([D('3'), D('-1')]), sum([D('0.1')] * 10), D('0.1') * 3)

# methods
x = D('-123.4500')
print(x.as_tuple(), x.sign if hasattr(x, 'sign') else '', x.adjusted(), x.normalize(), x.is_signed(),
      x.copy_abs(), x.copy_negate(), x.copy_sign(D(1)), x.is_finite(), x.is_zero(), x.as_integer_ratio())
print(D('1.5').exp(), D(10).ln(), D(1000).log10(), D(100).logb(), D('0.1').fma(D(10), D(1)),
      D('2.50').compare(D('2.5')), D(1).compare_total(D('1.0')), D(12).max(D(3)), D('1E2').to_eng_string())
print(D('123.456').scaleb(2), D('1234').shift(2), D('12345').rotate(2), D(255).number_class(),
      D('-0').number_class(), D('5').next_toward(D(6)), D('1').next_minus(), D('1').next_plus())
print(D('0.000123').to_eng_string(), D('1E+7').to_eng_string(), D(7).remainder_near(D(4)),
      D('1.23E+5').__format__(''), f"{D('1234567.891'):,.2f}", f"{D('0.5'):%}", f"{D('3.14159'):.3}",
      f"{D('42'):>8}|", f"{D('-1.5e10'):e}", f"{D('12.5'):010.3f}")
print(D.from_float(0.1), D.from_float(2.5), Decimal('5').conjugate(), D(5).real, D(5).imag,
      isinstance(D(1), decimal.Decimal), D('1.10').canonical())
print(D(3) + 1, 1 + D(3), D('1.5') * 2, 2 - D('0.5'), 7 / D(2), 2 ** D(3), -D('5'), +D('1.0000'))
try:
    D(1) + 1.5
except TypeError as e:
    print('TypeError', str(e).split("'")[0])
try:
    D(1) + '1'
except TypeError as e:
    print('TypeError', str(e).split("'")[0])
try:
    Context(prec=0)
except ValueError as e:
    print('ValueError')
try:
    getcontext().rounding = 'nope'
except TypeError as e:
    print('TypeError')
print(decimal.MAX_PREC, decimal.MIN_EMIN, decimal.HAVE_THREADS, decimal.HAVE_CONTEXTVAR)

# money
prices = [D('19.99'), D('5.01'), D('0.10')]
total = sum(prices)
tax = (total * D('0.0825')).quantize(D('0.01'), rounding=ROUND_HALF_UP)
print(total, tax, total + tax, (total / 3).quantize(D('0.01')))
import copy
print(copy.copy(D('1.5')), copy.deepcopy(D('2.5')))
