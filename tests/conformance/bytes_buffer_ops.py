# bytes with other bytes-like objects: 'in' and + (bytearray, memoryview).
print(bytearray(b"b") in b"abc", memoryview(b"bc") in b"abc", 98 in b"abc", 300 in b"a" if False else None)
for s in ["'a' in b'abc'", "300 in b'abc'", "b'a' + 'x'", "b'a' + 1"]:
    try:
        print(eval(s))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(b"a" + memoryview(b"b"), b"a" + bytearray(b"c"), type(b"a" + bytearray(b"c")))
x = b"q"; x += bytearray(b"r"); print(x)
