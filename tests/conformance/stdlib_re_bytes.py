import re
data = b"GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\n\xff\xfebody"
m = re.match(rb"(?P<method>[A-Z]+) (\S+) HTTP/(\d)\.(\d)", data)
print(m, m.group(), m.group("method"), m.groups(), m.span(2), m.groupdict(), m.lastindex, m.lastgroup)
print(re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
print(re.split(rb"\r\n", data)[:3], re.sub(rb"\d+", b"N", data)[:40])
print(re.sub(rb"(\w+): (\w+)", lambda m: m.group(2) + b"=" + m.group(1), b"a: b, c: d"))
print(re.subn(rb"x", rb"\\y", b"axbxc"), re.sub(rb"(a)(b)", rb"\2\1", b"abab"))
print([m.span() for m in re.finditer(rb"\xff|\xfe", data)], re.search(rb"[\x80-\xff]+", data))
p = re.compile(rb"hello", re.I)
print(p, p.flags, re.compile(b"x").flags, re.compile(b"x", re.A).flags, p.match(b"HeLLo world"), p.pattern)
print(re.match(rb"\w+", b"caf\xe9").group(), re.match(r"\w+", "caf\xe9").group(), re.fullmatch(rb"\s*", b" \t\x85"))
print(re.match(rb"a", bytearray(b"abc")).group(), re.match(rb"a", memoryview(b"abc")) is not None)
print(re.escape(b"a.b*c"), re.compile(re.escape(b"1+1")).match(b"1+1=2").group())
sc = re.compile(rb"\d").scanner(b"a1b22")
print(sc.search().group(), sc.search().group(), sc.search().group(), sc.search())
for bad in [lambda: re.match(rb"a", "abc"), lambda: re.match(r"a", b"abc"), lambda: re.compile(b"a", re.U),
            lambda: re.sub(rb"a", "x", b"aaa"), lambda: re.sub(rb"a", lambda m: "s", b"a")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
