//! Builtin functions and methods of builtin types, end to end: each program
//! runs under `tauraro run` and its stdout must equal CPython 3.11's (the
//! expected text was produced by python3.11 on the same source).
mod common;

use std::time::Duration;

fn check(name: &str, src: &str, want: &str) {
    let dir = std::env::temp_dir().join(format!("tauraro_builtins_{}_{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = format!("{name}.py");
    std::fs::write(dir.join(&file), src).unwrap();
    let out = common::run_program(&dir, &file, &[], Duration::from_secs(20));
    let got = String::from_utf8_lossy(&out.stdout);
    let _ = std::fs::remove_dir_all(&dir);
    if got != want {
        let line = got.lines().zip(want.lines()).position(|(a, b)| a != b).unwrap_or(got.lines().count().min(want.lines().count()));
        panic!(
            "{name}: stdout differs at line {}\n want: {:?}\n  got: {:?}\nstderr: {}",
            line + 1,
            want.lines().nth(line),
            got.lines().nth(line),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn strs() {
    check("strs", r#"s = "  Hello, World!  "
print(s.strip(), s.lstrip(), s.rstrip(), sep="|")
print("a,b,,c".split(","), "a b  c".split(), " a b ".split(None, 1), "a,b,c".rsplit(",", 1))
print("xxhixx".strip("x"), "abc".replace("b", "BB"), "aaa".replace("a", "b", 2), "ab".replace("", "-"))
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".count("l"), "hello".index("e"))
print("héllo wörld".find("w"), "héllo".upper(), "ß".upper(), "İ".lower())
print("hello world".title(), "hello".capitalize(), "HeLLo".swapcase(), "Straße".casefold())
print("abc".startswith("a"), "abc".endswith(("x", "c")), "abc".startswith("b", 1))
print("42".isdigit(), "4.2".isdigit(), "abc".isalpha(), "ab1".isalnum(), "  ".isspace(), "ABC".isupper(), "abc".islower(), "Hello World".istitle())
print("x".center(5, "*"), "ab".center(5), "x".ljust(3, "-"), "x".rjust(3), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("a\nb\r\nc".splitlines(), "a\nb\n".splitlines(True))
print("a\tb".expandtabs(), repr("a\tbc\td".expandtabs(4)))
print("-".join(["a", "b", "c"]), "".join([]), ",".join("xyz"))
print("hello".encode(), "héllo".encode("utf-8"))
t = str.maketrans("abc", "xyz", "d")
print("abcd".translate(t))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"))
print("{} {}".format(1, 2), "{1} {0}".format("a", "b"), "{x}-{y}".format(x=1, y=2))
print("{:>8.3f}|{:<6}|{:^7}|{:+d}".format(3.14159, "ab", "mid", 5))
print("{0[1]} {1.real} {d[k]}".format([1, 2], 3, d={"k": "v"}))
print("{!r} {!s} {:{w}}".format("a", "b", 7, w=4))
print("{{literal}} {}".format(9))
print("%s is %d years and %.2f m" % ("Bob", 30, 1.8567))
print("%5s|%-5s|%05d|%x|%X|%o|%#x|%e|%g|%%" % ("a", "b", 42, 255, 255, 8, 255, 12345.678, 0.0001))
print("%(name)s=%(val)r" % {"name": "k", "val": "v"})
print("%c%c" % (65, "b"), "%.3s" % "abcdef", "%+d % d" % (5, 5), "%10.4f|" % 3.14159)
print("%r" % (1,), "%s" % [1, 2])
for bad in ["%d" % 1 if False else None]:
    pass
try:
    "%d %d" % (1,)
except TypeError as e:
    print(e)
try:
    "%d" % (1, 2)
except TypeError as e:
    print(e)
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("a b c".split(" ", -1), "".split(","), "".split())
print("abc"[::-1], "x" * 3, "abc" < "abd")
print(f"{'hi':*^10}", f"{12345678:,}", f"{0.5:.0f}", f"{2.5:.0f}", f"{1e16}", f"{255:#010b}")
print("Ünïcödé".lower(), len("Ünïcödé"), "ﬁ".upper())
"#, r#"Hello, World!|Hello, World!  |  Hello, World!
['a', 'b', '', 'c'] ['a', 'b', 'c'] ['a', 'b '] ['a,b', 'c']
hi aBBc bba -a-b-
2 3 -1 2 1
6 HÉLLO SS i̇
Hello World Hello hEllO strasse
True True True
True False True True True True True True
**x**   ab  x--   x 00042 -0042
('a', '=', 'b=c') ('a=b', '=', 'c') ('abc', '', '')
['a', 'b', 'c'] ['a\n', 'b\n']
a       b 'a   bc  d'
a-b-c  x,y,z
b'hello' b'h\xc3\xa9llo'
xyz
name name
1 2 b a 1-2
   3.142|ab    |  mid  |+5
2 3 v
'a' b    7
{literal} 9
Bob is 30 years and 1.86 m
    a|b    |00042|ff|FF|10|0xff|1.234568e+04|0.0001|%
k='v'
Ab abc +5  5     3.1416|
1 [1, 2]
not enough arguments for format string
not all arguments converted during string formatting
substring not found
['a', 'b', 'c'] [''] []
cba xxx True
****hi**** 12,345,678 0 2 1e+16 0b11111111
ünïcödé 7 FI
"#);
}

#[test]
fn nums() {
    check("nums", r#"print(int("42"), int(" -7 "), int("0x1f", 16), int("1_000"), int("z", 36), int("0b101", 0), int(3.9), int(-3.9), int(True))
print(float("1.5"), float(" inf "), float("-nan"), float(3), float("1e-3"), float("1_0.5"))
for bad in ["abc", "1.5", ""]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
try:
    float("x")
except ValueError as e:
    print(e)
print(abs(-3), abs(-2.5), abs(True), divmod(7, 2), divmod(-7, 2), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(3, -1, 7), pow(2, 100, 10**9 + 7), pow(-2, 3, -5))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234, -2), round(1250, -2), round(0.5), round(1.5), round(-0.5))
print(round(123.456, -1), round(123.456, 1), round(5, 2), round(1e300, 2), type(round(2.0)))
print(hex(255), oct(8), bin(5), hex(-255), bin(0), hex(2**70))
print(chr(65), ord("A"), chr(955), ord("λ"))
print((5).bit_length(), (255).bit_count(), (1.5).is_integer(), (2.0).is_integer(), (0.75).as_integer_ratio(), (-3).as_integer_ratio())
print((1.0).hex(), float.fromhex("0x1.8p1"), (1024).to_bytes(2, "big"), int.from_bytes(b"\x04\x00", "big"))
print(sum([1, 2, 3]), sum([0.1] * 10), sum([[1], [2]], []), sum(range(101)), sum([1, 2.5]))
print(min(3, 1, 2), max([1, 5, 3]), min("abc"), max([], default=0), min([3, 1], key=lambda x: -x), max(1, 2, key=lambda x: -x))
try:
    max([])
except ValueError as e:
    print(e)
print(2**64, -2**64, 10**20 // 3, int("9" * 30) + 1)
print(format(1234.5678, ",.2f"), format(255, "x"), format(0.25, "%"), format(123, "08d"), format(3.0, "g"), format("s", ">3"))
print(1e16, 1e15, 0.1 + 0.2, 1/3, 2.0, -0.0, 1e-5, 0.0001, 123456789.123456789, float("inf"), float("-inf"))
print(bool(0), bool(""), bool([1]), bool(None), int(), float(), str(), list(), tuple(), dict(), set())
"#, r#"42 -7 31 1000 35 5 3 -3 1
1.5 inf nan 3.0 0.001 10.5
invalid literal for int() with base 10: 'abc'
invalid literal for int() with base 10: '1.5'
invalid literal for int() with base 10: ''
could not convert string to float: 'x'
3 2.5 1 (3, 1) (-4, 1) (3.0, 1.5)
1024 0.5 1 5 976371285 -3
2 4 -2 2.67 1200 1200 0 2 0
120.0 123.5 5 1e+300 <class 'int'>
0xff 0o10 0b101 -0xff 0b0 0x400000000000000000
A 65 λ 955
3 8 False True (3, 4) (-3, 1)
0x1.0000000000000p+0 3.0 b'\x04\x00' 1024
6 0.9999999999999999 [1, 2] 5050 3.5
1 5 a 0 3 1
max() arg is an empty sequence
18446744073709551616 -18446744073709551616 33333333333333333333 1000000000000000000000000000000
1,234.57 ff 25.000000% 00000123 3   s
1e+16 1000000000000000.0 0.30000000000000004 0.3333333333333333 2.0 -0.0 1e-05 0.0001 123456789.12345679 inf -inf
False False True False 0 0.0  [] () {} set()
"#);
}

#[test]
fn conts() {
    check("conts", r#"l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(-1, 9)
print(l, l.pop(), l.pop(0), l.index(2), l.count(1))
l.remove(9); l.reverse(); print(l)
l.sort(); print(l); l.sort(reverse=True); print(l)
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
print(sorted(pairs, key=lambda p: p[0]))
c = l.copy(); c.clear(); print(c, l)
try:
    [].pop()
except IndexError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    [1].index(2)
except ValueError as e:
    print(e)
t = (1, 2, 2, 3)
print(t.count(2), t.index(3))
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0), d.setdefault("c", 3), d.pop("a"), d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.keys(), d.values(), d.items())
d.update({"x": 9}, y=8); d.update([("z", 7)]); print(d)
print(dict.fromkeys("ab", 0), dict([(1, 2)]), dict(a=1), d.copy() == d, d.popitem(), len(d))
print("x" in d.keys(), 9 in d.values(), ("x", 9) in d.items())
try:
    {}.popitem()
except KeyError as e:
    print(e)
try:
    d["nope"]
except KeyError as e:
    print(repr(e))
s = {1, 2, 3}
s.add(4); s.discard(10); s.remove(1); print(sorted(s), s.pop() in (3, 4), len(s))
a, b = {1, 2, 3}, {2, 3, 4}
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.issubset({1, 2, 3, 4}), a.issuperset({1}), a.isdisjoint({9}))
print(a | b, a & b, a - b, a ^ b, frozenset([1, 2]), set("aab") == {"a", "b"})
a.update([7], [8]); a.intersection_update({1, 2, 7, 8}); print(sorted(a))
a.difference_update({7}); print(sorted(a))
print(list(range(5)), list(range(2, 10, 3)), list(range(5, 0, -1)), range(3), range(1, 5, 2), len(range(0, 10, 3)))
r = range(10)
print(r[2], r[-1], r[2:5], 5 in r, 11 in r, r.index(3), r.count(3), list(reversed(range(3))))
print(list(enumerate("ab", 1)), list(zip([1, 2], "ab")), list(map(lambda x: x * 2, [1, 2])), list(filter(None, [0, 1, 2])))
print(list(zip([1, 2, 3], [4, 5])), list(map(pow, [2, 3], [2, 2])), list(reversed([1, 2, 3])))
print(any([0, 1]), all([1, 0]), any([]), all([]))
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, float)), issubclass(bool, int))
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
print(len([1, 2]), len("héllo"), len({1: 2}), repr("a'b"), ascii("héllo"), repr([1, "a", 2.5, None, True]))
print(tuple([1, 2]), list((1, 2)), set([1, 1]), frozenset(), str(1.5), str([1]), str(None))
print(sorted({3: 1, 1: 2}), sorted([3, 1, 2], reverse=True), list(reversed("abc")))
print(hash(1) == hash(1.0), hash("a") == hash("a"), callable(len), callable(1))
class P:
    def __init__(self): self.x = 1
p = P()
print(hasattr(p, "x"), getattr(p, "y", 5), vars(p)); setattr(p, "y", 2); delattr(p, "x"); print(vars(p))
print([n for n in dir(p) if not n.startswith("__")])
"#, r#"[3, 1, 2, 4, 5, 9] 6 0 2 1
[5, 4, 2, 1, 3]
[1, 2, 3, 4, 5]
[5, 4, 3, 2, 1]
['Apple', 'apple', 'banana', 'cherry'] ['Apple', 'apple', 'banana', 'cherry'] ['banana', 'cherry', 'Apple', 'apple']
[(0, 'a'), (0, 'b'), (1, 'b'), (1, 'a')]
[] [5, 4, 3, 2, 1]
pop from empty list
list.remove(x): x not in list
2 is not in list
2 3
1 None 0 3 1 {'b': 2, 'c': 3}
['b', 'c'] [2, 3] [('b', 2), ('c', 3)]
dict_keys(['b', 'c']) dict_values([2, 3]) dict_items([('b', 2), ('c', 3)])
{'b': 2, 'c': 3, 'x': 9, 'y': 8, 'z': 7}
{'a': 0, 'b': 0} {1: 2} {'a': 1} True ('z', 7) 4
True True True
'popitem(): dictionary is empty'
KeyError('nope')
[2, 3, 4] False 2
{1, 2, 3, 4} {2, 3} {1} {1, 4} True True True
{1, 2, 3, 4} {2, 3} {1} {1, 4} frozenset({1, 2}) True
[1, 2, 7, 8]
[1, 2, 8]
[0, 1, 2, 3, 4] [2, 5, 8] [5, 4, 3, 2, 1] range(0, 3) range(1, 5, 2) 4
2 9 range(2, 5) True False 3 1 [2, 1, 0]
[(1, 'a'), (2, 'b')] [(1, 'a'), (2, 'b')] [2, 4] [1, 2]
[(1, 4), (2, 5)] [4, 9] [3, 2, 1]
True False False True
True True False True
1 2 done
2 5 1 "a'b" 'h\xe9llo' [1, 'a', 2.5, None, True]
(1, 2) [1, 2] {1} frozenset() 1.5 [1] None
[1, 3] [3, 2, 1] ['c', 'b', 'a']
True True True False
True 5 {'x': 1}
{'y': 2}
['y']
"#);
}

#[test]
fn errs() {
    check("errs", r#"def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: int("12a"))
t(lambda: int("0x10"))
t(lambda: int("10", 1))
t(lambda: int(1.5, 10))
t(lambda: int([1]))
t(lambda: int(float("inf")))
t(lambda: int(float("nan")))
t(lambda: float("1e"))
t(lambda: float([]))
t(lambda: chr(-1))
t(lambda: chr(0x110000))
t(lambda: chr("a"))
t(lambda: ord("ab"))
t(lambda: ord(1))
t(lambda: len(5))
t(lambda: abs("x"))
t(lambda: min())
t(lambda: min(1))
t(lambda: max([], default=None))
t(lambda: max(1, 2, default=0))
t(lambda: sum(["a", "b"]))
t(lambda: sum([1], "x"))
t(lambda: sorted([1, "a"]))
t(lambda: [3, "a"].sort())
t(lambda: "abc".split(""))
t(lambda: "abc".center(5, "ab"))
t(lambda: "a".join([1, 2]))
t(lambda: "a{}b{}".format(1))
t(lambda: "{0}{}".format(1, 2))
t(lambda: "{}{0}".format(1, 2))
t(lambda: "{x}".format(y=1))
t(lambda: "{".format())
t(lambda: "}".format())
t(lambda: "{:d}".format("a"))
t(lambda: "{:s}".format(1))
t(lambda: "{!x}".format(1))
t(lambda: "%d" % "a")
t(lambda: "%x" % 1.5)
t(lambda: "%f" % "a")
t(lambda: "%z" % 1)
t(lambda: "%(a)s" % 1)
t(lambda: "%" % ())
t(lambda: "%s %s" % 1)
t(lambda: getattr(1, "zz"))
t(lambda: getattr(1, 2))
t(lambda: divmod(1, 0))
t(lambda: divmod(1.0, 0))
t(lambda: pow(2, 3, 0))
t(lambda: pow(2, -1, 4))
t(lambda: pow(2.0, 3, 5))
t(lambda: round(float("inf")))
t(lambda: round("x"))
t(lambda: hash([]))
t(lambda: next(iter([])))
t(lambda: next(5))
t(lambda: iter(5))
t(lambda: isinstance(1, 2))
t(lambda: issubclass(1, int))
t(lambda: [].index(1))
t(lambda: (1,).index(2))
t(lambda: {}.pop(1))
t(lambda: set().pop())
t(lambda: set().remove(1))
t(lambda: range(1, 2, 0))
t(lambda: range(1.5))
t(lambda: range(5).index(7))
t(lambda: dict([1, 2]))
t(lambda: dict([(1, 2, 3)]))
t(lambda: list(1))
t(lambda: tuple(1, 2))
t(lambda: "x" * "y")
t(lambda: hex(1.5))
t(lambda: format(1, "s"))
t(lambda: format("a", "d"))
t(lambda: format(object(), "x"))
t(lambda: bytes("a"))
t(lambda: "é".encode("ascii"))
t(lambda: b"\xff".decode())
t(lambda: print(1, sep=5))
t(lambda: "abc".startswith(1))
t(lambda: "abc".replace(1, 2))
t(lambda: "abc".strip(1))
t(lambda: [].pop(5))
t(lambda: [1].insert("a", 1))
t(lambda: int("1" * 5000))
t(lambda: zip([1], [2, 3], strict=True) and list(zip([1], [2, 3], strict=True)))
t(lambda: map())
t(lambda: "{:,s}".format("a"))
t(lambda: "{:=5}".format("a"))
"#, r#"ValueError invalid literal for int() with base 10: '12a'
ValueError invalid literal for int() with base 10: '0x10'
ValueError int() base must be >= 2 and <= 36, or 0
TypeError int() can't convert non-string with explicit base
TypeError int() argument must be a string, a bytes-like object or a real number, not 'list'
OverflowError cannot convert float infinity to integer
ValueError cannot convert float NaN to integer
ValueError could not convert string to float: '1e'
TypeError float() argument must be a string or a real number, not 'list'
ValueError chr() arg not in range(0x110000)
ValueError chr() arg not in range(0x110000)
TypeError 'str' object cannot be interpreted as an integer
TypeError ord() expected a character, but string of length 2 found
TypeError ord() expected string of length 1, but int found
TypeError object of type 'int' has no len()
TypeError bad operand type for abs(): 'str'
TypeError min expected at least 1 argument, got 0
TypeError 'int' object is not iterable
ok None
TypeError Cannot specify a default for max() with multiple positional arguments
TypeError unsupported operand type(s) for +: 'int' and 'str'
TypeError sum() can't sum strings [use ''.join(seq) instead]
TypeError '<' not supported between instances of 'str' and 'int'
TypeError '<' not supported between instances of 'str' and 'int'
ValueError empty separator
TypeError The fill character must be exactly one character long
TypeError sequence item 0: expected str instance, int found
IndexError Replacement index 1 out of range for positional args tuple
ValueError cannot switch from manual field specification to automatic field numbering
ValueError cannot switch from automatic field numbering to manual field specification
KeyError 'x'
ValueError Single '{' encountered in format string
ValueError Single '}' encountered in format string
ValueError Unknown format code 'd' for object of type 'str'
ValueError Unknown format code 's' for object of type 'int'
ValueError Unknown conversion specifier x
TypeError %d format: a real number is required, not str
TypeError %x format: an integer is required, not float
TypeError must be real number, not str
ValueError unsupported format character 'z' (0x7a) at index 1
TypeError format requires a mapping
ValueError incomplete format
TypeError not enough arguments for format string
AttributeError 'int' object has no attribute 'zz'
TypeError attribute name must be string, not 'int'
ZeroDivisionError integer division or modulo by zero
ZeroDivisionError float divmod()
ValueError pow() 3rd argument cannot be 0
ValueError base is not invertible for the given modulus
TypeError pow() 3rd argument not allowed unless all arguments are integers
OverflowError cannot convert float infinity to integer
TypeError type str doesn't define __round__ method
TypeError unhashable type: 'list'
StopIteration 
TypeError 'int' object is not an iterator
TypeError 'int' object is not iterable
TypeError isinstance() arg 2 must be a type, a tuple of types, or a union
TypeError issubclass() arg 1 must be a class
ValueError 1 is not in list
ValueError tuple.index(x): x not in tuple
KeyError 1
KeyError 'pop from an empty set'
KeyError 1
ValueError range() arg 3 must not be zero
TypeError 'float' object cannot be interpreted as an integer
ValueError 7 is not in range
TypeError cannot convert dictionary update sequence element #0 to a sequence
ValueError dictionary update sequence element #0 has length 3; 2 is required
TypeError 'int' object is not iterable
TypeError tuple expected at most 1 argument, got 2
TypeError can't multiply sequence by non-int of type 'str'
TypeError 'float' object cannot be interpreted as an integer
ValueError Unknown format code 's' for object of type 'int'
ValueError Unknown format code 'd' for object of type 'str'
TypeError unsupported format string passed to object.__format__
TypeError string argument without an encoding
UnicodeEncodeError 'ascii' codec can't encode character '\xe9' in position 0: ordinal not in range(128)
UnicodeDecodeError 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte
TypeError sep must be None or a string, not int
TypeError startswith first arg must be str or a tuple of str, not int
TypeError replace() argument 1 must be str, not int
TypeError strip arg must be None or str
IndexError pop from empty list
TypeError 'str' object cannot be interpreted as an integer
ValueError Exceeds the limit (4300 digits) for integer string conversion: value has 5000 digits; use sys.set_int_max_str_digits() to increase the limit
ValueError zip() argument 2 is longer than argument 1
TypeError map() must have at least two arguments.
ValueError Cannot specify ',' with 's'.
ValueError '=' alignment not allowed in string format specifier
"#);
}

#[test]
fn sorts() {
    check("sorts", r#"seed = 7
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed >> 8
for n in [0, 1, 2, 3, 5, 16, 17, 33, 100, 257]:
    a = [rnd() % 20 for _ in range(n)]
    t = [(rnd() % 5, rnd() % 3, i) for i in range(n)]
    f = [(rnd() % 100) / 7 for _ in range(n)]
    s = ["w%d" % (rnd() % 30) for _ in range(n)]
    print(sorted(a) == sorted(a, key=lambda x: x), sorted(a)[:10], sorted(a, reverse=True)[:10])
    print(sorted(t)[:6], sorted(t, key=lambda x: x[0])[:6], sorted(t, key=lambda x: (x[1], -x[0]), reverse=True)[:6])
    print(sorted(f)[:5], sorted(s)[:5], sorted(s, key=len)[:5], sorted(t, key=lambda x: str(x[0]), reverse=True)[:5])
    m = [x if x % 2 else float(x) for x in a]
    print(sorted(m)[:8])
class K:
    def __init__(self, v, i): self.v, self.i = v, i
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "K(%d,%d)" % (self.v, self.i)
ks = [K(rnd() % 4, i) for i in range(40)]
print(sorted(ks))
print(sorted(ks, reverse=True))
print(max(ks, key=lambda k: k.v), min(ks, key=lambda k: k.v))
l = [3, 1, 2]
try:
    l.sort(key=lambda x: 1 / (x - 2))
except ZeroDivisionError as e:
    print("err", e, l)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), sorted("hello"))
print(sorted([True, False, 2, 1.5, -1]), sorted({"b": 1, "a": 2}.items()))
"#, r#"True [] []
[] [] []
[] [] [] []
[]
True [9] [9]
[(0, 1, 0)] [(0, 1, 0)] [(0, 1, 0)]
[13.285714285714286] ['w20'] ['w20'] [(0, 1, 0)]
[9]
True [12, 12] [12, 12]
[(1, 0, 1), (2, 0, 0)] [(1, 0, 1), (2, 0, 0)] [(1, 0, 1), (2, 0, 0)]
[7.142857142857143, 13.0] ['w20', 'w25'] ['w25', 'w20'] [(2, 0, 0), (1, 0, 1)]
[12.0, 12.0]
True [0, 5, 15] [15, 5, 0]
[(1, 2, 0), (3, 0, 2), (4, 1, 1)] [(1, 2, 0), (3, 0, 2), (4, 1, 1)] [(1, 2, 0), (4, 1, 1), (3, 0, 2)]
[2.5714285714285716, 3.2857142857142856, 6.428571428571429] ['w18', 'w23', 'w26'] ['w26', 'w18', 'w23'] [(4, 1, 1), (3, 0, 2), (1, 2, 0)]
[0.0, 5, 15]
True [8, 12, 13, 13, 15] [15, 13, 13, 12, 8]
[(2, 1, 1), (3, 0, 3), (3, 1, 2), (3, 2, 0), (4, 2, 4)] [(2, 1, 1), (3, 2, 0), (3, 1, 2), (3, 0, 3), (4, 2, 4)] [(3, 2, 0), (4, 2, 4), (2, 1, 1), (3, 1, 2), (3, 0, 3)]
[2.142857142857143, 5.428571428571429, 6.0, 8.0, 12.285714285714286] ['w0', 'w0', 'w23', 'w26', 'w5'] ['w5', 'w0', 'w0', 'w23', 'w26'] [(4, 2, 4), (3, 2, 0), (3, 1, 2), (3, 0, 3), (2, 1, 1)]
[8.0, 12.0, 13, 13, 15]
True [3, 5, 5, 5, 6, 6, 7, 9, 9, 10] [19, 17, 15, 15, 15, 13, 10, 9, 9, 7]
[(0, 0, 13), (0, 1, 11), (0, 2, 14), (1, 1, 4), (1, 2, 0), (1, 2, 8)] [(0, 1, 11), (0, 0, 13), (0, 2, 14), (1, 2, 0), (1, 1, 4), (1, 2, 8)] [(0, 2, 14), (1, 2, 0), (1, 2, 8), (1, 2, 10), (3, 2, 12), (4, 2, 3)]
[0.0, 1.1428571428571428, 3.4285714285714284, 3.7142857142857144, 4.0] ['w0', 'w0', 'w1', 'w11', 'w13'] ['w2', 'w6', 'w0', 'w1', 'w4'] [(4, 2, 3), (4, 2, 5), (4, 2, 15), (3, 1, 1), (3, 0, 2)]
[3, 5, 5, 5, 6.0, 6.0, 7, 9]
True [0, 2, 5, 8, 9, 10, 11, 11, 12, 13] [17, 17, 16, 16, 16, 13, 13, 13, 12, 11]
[(0, 0, 9), (1, 0, 3), (1, 0, 16), (1, 1, 10), (1, 1, 12), (1, 2, 11)] [(0, 0, 9), (1, 0, 3), (1, 1, 10), (1, 2, 11), (1, 1, 12), (1, 0, 16)] [(1, 2, 11), (2, 2, 13), (4, 2, 4), (4, 2, 6), (1, 1, 10), (1, 1, 12)]
[0.2857142857142857, 0.5714285714285714, 0.7142857142857143, 0.8571428571428571, 3.142857142857143] ['w11', 'w11', 'w11', 'w12', 'w17'] ['w8', 'w5', 'w5', 'w8', 'w11'] [(4, 2, 4), (4, 2, 6), (4, 0, 15), (3, 0, 1), (2, 1, 0)]
[0.0, 2.0, 5, 8.0, 9, 10.0, 11, 11]
True [0, 0, 2, 2, 3, 3, 4, 5, 5, 5] [19, 18, 18, 17, 17, 17, 17, 17, 16, 15]
[(0, 0, 12), (0, 2, 31), (1, 0, 10), (1, 0, 14), (1, 0, 32), (1, 1, 15)] [(0, 0, 12), (0, 2, 31), (1, 2, 3), (1, 0, 10), (1, 0, 14), (1, 1, 15)] [(0, 2, 31), (1, 2, 3), (1, 2, 23), (1, 2, 27), (2, 2, 13), (2, 2, 29)]
[1.2857142857142858, 2.0, 2.0, 2.4285714285714284, 2.5714285714285716] ['w0', 'w10', 'w11', 'w11', 'w11'] ['w9', 'w0', 'w8', 'w4', 'w6'] [(4, 2, 0), (4, 0, 4), (4, 1, 8), (4, 0, 17), (4, 1, 18)]
[0.0, 0.0, 2.0, 2.0, 3, 3, 4.0, 5]
True [0, 0, 0, 0, 0, 0, 0, 0, 0, 1] [19, 19, 19, 19, 18, 18, 18, 18, 18, 18]
[(0, 0, 37), (0, 0, 97), (0, 1, 15), (0, 1, 32), (0, 2, 3), (0, 2, 24)] [(0, 2, 3), (0, 1, 15), (0, 2, 24), (0, 1, 32), (0, 0, 37), (0, 2, 39)] [(0, 2, 3), (0, 2, 24), (0, 2, 39), (0, 2, 43), (0, 2, 57), (0, 2, 62)]
[0.0, 0.0, 0.14285714285714285, 0.2857142857142857, 0.2857142857142857] ['w0', 'w0', 'w0', 'w1', 'w1'] ['w8', 'w0', 'w2', 'w7', 'w6'] [(4, 1, 6), (4, 1, 9), (4, 0, 19), (4, 2, 20), (4, 0, 22)]
[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
True [0, 0, 0, 0, 0, 0, 0, 0, 0, 0] [19, 19, 19, 19, 19, 19, 19, 19, 19, 19]
[(0, 0, 5), (0, 0, 39), (0, 0, 81), (0, 0, 82), (0, 0, 126), (0, 0, 128)] [(0, 2, 2), (0, 1, 4), (0, 0, 5), (0, 2, 20), (0, 2, 26), (0, 2, 29)] [(0, 2, 2), (0, 2, 20), (0, 2, 26), (0, 2, 29), (0, 2, 34), (0, 2, 49)]
[0.0, 0.0, 0.0, 0.0, 0.14285714285714285] ['w0', 'w0', 'w0', 'w0', 'w0'] ['w2', 'w4', 'w5', 'w8', 'w4'] [(4, 2, 7), (4, 1, 17), (4, 1, 21), (4, 1, 22), (4, 1, 24)]
[0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]
[K(0,13), K(0,14), K(0,15), K(0,21), K(0,22), K(0,24), K(0,30), K(0,34), K(0,35), K(1,0), K(1,3), K(1,9), K(1,12), K(1,16), K(1,17), K(1,18), K(1,19), K(1,23), K(1,25), K(1,27), K(1,31), K(1,32), K(1,36), K(1,37), K(2,2), K(2,6), K(2,7), K(2,8), K(2,10), K(2,20), K(2,28), K(3,1), K(3,4), K(3,5), K(3,11), K(3,26), K(3,29), K(3,33), K(3,38), K(3,39)]
[K(3,1), K(3,4), K(3,5), K(3,11), K(3,26), K(3,29), K(3,33), K(3,38), K(3,39), K(2,2), K(2,6), K(2,7), K(2,8), K(2,10), K(2,20), K(2,28), K(1,0), K(1,3), K(1,9), K(1,12), K(1,16), K(1,17), K(1,18), K(1,19), K(1,23), K(1,25), K(1,27), K(1,31), K(1,32), K(1,36), K(1,37), K(0,13), K(0,14), K(0,15), K(0,21), K(0,22), K(0,24), K(0,30), K(0,34), K(0,35)]
K(3,1) K(0,13)
err division by zero [3, 1, 2]
[(0, 'z'), (1, 'a'), (1, 'b')] [[1], [1, 5], [2]] ['e', 'h', 'l', 'l', 'o']
[-1, False, True, 1.5, 2] [('a', 2), ('b', 1)]
"#);
}
