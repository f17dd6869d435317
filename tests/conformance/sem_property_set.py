# property.__set__ / __delete__ called directly, and the messages for a
# property without a setter or deleter.
class K:
    def _get(self):
        return self._v

    def _set(self, v):
        print("set", v)
        self._v = v

    x = property(_get, _set)
    y = property(_get)


k = K()
K.x.__set__(k, 5)
print(k.x, K.x.__get__(k))
for args in [(k, 1), (k,)]:
    try:
        if len(args) == 2:
            K.y.__set__(*args)
        else:
            K.y.__delete__(*args)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    k.y = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    del k.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    property.__set__(1, k, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    K.x.__set__(k)
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: K.x.__delete__(), lambda: K.x.__set__(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
