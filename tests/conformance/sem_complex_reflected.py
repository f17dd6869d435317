# number tower: a builtin int/float/complex slot refuses a higher-ranked subclass operand, so that subclass's reflected method runs; subclass instances as complex parts
class MF(float):
    def __radd__(self, o):
        return 'MF.radd'
    def __rmul__(self, o):
        return NotImplemented
class MI(int):
    def __radd__(self, o):
        return 'MI.radd'
class MC(complex):
    def __radd__(self, o):
        return 'MC.radd'
    def __rsub__(self, o):
        return 'MC.rsub'
    def __rpow__(self, o):
        return 'MC.rpow'
class PlainF(float):
    pass
class PlainC(complex):
    pass
print(1 + MF(1), 1.0 + MF(1), True + MF(1), 1 + MI(1), 1.5 + MI(1), 1j + MI(1), 1 + MC(1), 1.5 + MC(1), 1j + MC(1))
print(1j - MC(1), 2 - MC(1), 2 ** MC(1), 2.0 ** MC(1), 1j ** MC(1), MC(1) ** 2)
print(1 + PlainF(2), 1 + PlainC(2), 1.5 * PlainC(2), PlainC(1j) * PlainF(2), type(1 + PlainC(2)).__name__)
for f in [lambda: 2 * MF(3), lambda: 2j * MF(3), lambda: 'a' + MC(1)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
print(float.__add__(1.0, 1j), int.__add__(1, 1.5), complex.__radd__(1j, MF(2)), int.__pow__(2, 3, 1j), float.__mul__(2.0, MC(1)))
print(complex(PlainF(1.5), MI(2)), complex(MC(1, 2)), type(complex(MC(1, 2))).__name__, complex(MC(1, 2), 1), MC(3, 4).conjugate())
