# str storage: ASCII and non-ASCII strs of every length around the 8-byte block and 4-byte count boundaries keep their length, text, hash and equality
words = []
for n in range(0, 20):
    for ch in ("a", "é", "€", "😀"):
        s = "x" * (n % 5) + ch * (n // 5 + 1) + "y" * (n % 3)
        words.append(s)
for s in words:
    t = "".join(list(s))
    assert s == t and hash(s) == hash(t), s
    print(len(s), len(s.encode()), s.isascii(), s[0], s[-1], s[len(s) // 2], s[1:-1], ascii(s))
# concatenation mixes ASCII and non-ASCII parts
for a in ("", "ab", "abcdefg", "ñ", "ññññ"):
    for b in ("", "c", "cdefghij", "€", "€€€"):
        c = a + b
        print(repr(c), len(c), c.isascii(), c == a + b, c[::-1])
# dict of many short strs (the dict_ops shape), looked up with fresh temporaries
d = {}
for i in range(3000):
    d[str(i) + "é" * (i % 3)] = i
total = 0
for i in range(3000):
    total += d[str(i) + "é" * (i % 3)]
print(len(d), total)
# str methods that measure code points
s = "ab€cd😀ef"
print(s.find("😀"), s.index("e"), s.rjust(12, "·"), s.center(13, "*"), s.upper(), len(s * 3), (s * 3).count("€"))
print(s.split("€"), s.partition("😀"), s.replace("€", "EUR"), s.encode("utf-8"))
