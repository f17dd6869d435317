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

#[test]
fn str_methods_fuzz() {
    check("str_methods_fuzz", r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '-,aA'.rjust(9))
t(lambda: '\t-'.isupper())
t(lambda: '_\t😀'.split('abx', -1))
t(lambda: 'x \nA\n\n'.split('éx', -1))
t(lambda: '  \r\n'.endswith('  ', 1))
t(lambda: 'x\nab \r\n  '.isprintable())
t(lambda: ''.swapcase())
t(lambda: '  '.upper())
t(lambda: 'ǅ\r\nxǅ'.isupper())
t(lambda: 'bab'.rsplit(None))
t(lambda: 'aAbxé\t'.rjust(12, '*'))
t(lambda: ',-,abA'.rfind('-  '))
t(lambda: ' é\r\n,-\n'.swapcase())
t(lambda: '   \r\n  '.startswith(''))
t(lambda: '_'.strip('😀-'))
t(lambda: '1\nbbǅ\r\né'.replace('\n1', '', 1))
t(lambda: '-\nb1  \n'.istitle())
t(lambda: ',A'.islower())
t(lambda: 'ǅab  ǅ_'.partition('_'))
t(lambda: 'xǅ\r\nx ǅab,'.removesuffix(' -'))
t(lambda: ''.title())
t(lambda: 'abǅab  \r\n'.startswith('ab', 1))
t(lambda: '--ab-1-xA'.lower())
t(lambda: ',\n,xé'.lower())
t(lambda: '   1x,1  '.removesuffix('aé'))
t(lambda: 'Ax'.ljust(11, '😀'))
t(lambda: 'bǅ'.ljust(1))
t(lambda: '\t\r\n'.startswith('-', -3, -1))
t(lambda: 'é'.rjust(10, '*'))
t(lambda: ''.upper())
t(lambda: 'ab1\t-b  '.rfind(',', -2))
t(lambda: '-\n11'.isidentifier())
t(lambda: '-A\nx_ǅé\n'.find('a', 1, 3))
t(lambda: '\r\n'.isidentifier())
t(lambda: '\n\r\n_11😀ǅ  '.isupper())
t(lambda: '_xab  ǅab'.isalpha())
t(lambda: ''.capitalize())
t(lambda: 'ǅ  \nǅ'.rsplit())
t(lambda: '_a'.isupper())
t(lambda: 'ab😀ǅb😀ǅab\n'.splitlines(True))
t(lambda: 'ǅ,\ta\n    '.removeprefix('  ,'))
t(lambda: ''.istitle())
t(lambda: '-\nbaab'.removesuffix('\té'))
t(lambda: ''.isdigit())
t(lambda: 'ǅ_ǅ_é  '.istitle())
t(lambda: '  '.split('1'))
t(lambda: 'ǅǅ'.swapcase())
t(lambda: '\n1b 😀ab  '.rsplit(maxsplit=2))
t(lambda: 'b\t\t😀\t\n  '.isalnum())
t(lambda: 'xx'.isalpha())
t(lambda: ' é'.strip(None))
t(lambda: 'ab'.lstrip(None))
t(lambda: 'a1'.find('ǅ', 1, 3))
t(lambda: '-b\n  \n'.isidentifier())
t(lambda: '  😀ab 😀ab  ,'.replace('', 'A', -1))
t(lambda: '\na'.swapcase())
t(lambda: 'b'.find('', None, -1))
t(lambda: '😀_Aǅ\r\n\t,'.rsplit(maxsplit=2))
t(lambda: '\t ǅ'.center(1, '😀'))
t(lambda: '-😀  \r\n-_'.casefold())
t(lambda: '-  '.isdigit())
t(lambda: ',béx_'.rstrip())
t(lambda: 'éé'.strip(None))
t(lambda: 'a1ǅ  1'.capitalize())
t(lambda: 'A\té\nx -'.casefold())
t(lambda: '\nab\tabx  😀'.strip('ǅb'))
t(lambda: '\r\nbaAǅ'.partition('\r\n'))
t(lambda: 'A😀xb'.endswith((' ', '_')))
t(lambda: '-   Ax😀x'.center(-1, '😀'))
t(lambda: 'abaAbA1'.rpartition('b'))
t(lambda: ',-\t 😀ǅ ǅ'.lstrip('😀b'))
t(lambda: 'bbab1A  '.lstrip())
t(lambda: '_é😀 \r\n\t x'.rstrip('éa'))
t(lambda: '-ǅ1_,\na  '.isalnum())
t(lambda: '\t\n  '.isupper())
t(lambda: 'ab'.isspace())
t(lambda: '\n\n ǅ😀'.find('😀', -2))
t(lambda: ''.islower())
t(lambda: 'bé  '.lower())
t(lambda: ' '.isalpha())
t(lambda: '_a  \na'.isalnum())
t(lambda: 'ab'.isdigit())
t(lambda: '\t_\n\r\n'.rstrip())
t(lambda: 'ǅ\r\n  b'.rstrip())
t(lambda: ''.replace('1', 'a', 1))
t(lambda: '1\n-é\r\n-ax'.isprintable())
t(lambda: '\tab'.rindex('x\n', 1, 3))
t(lambda: '1\t\r\n\r\nA😀'.istitle())
t(lambda: 'xAbxǅǅ'.split('\t'))
t(lambda: ''.strip(None))
t(lambda: '_Aééab'.endswith(('-', '😀')))
t(lambda: ''.islower())
t(lambda: '-\n\n😀ǅ_'.strip('\tx'))
t(lambda: '  '.endswith('ǅ'))
t(lambda: ','.isprintable())
t(lambda: '_a'.capitalize())
t(lambda: ''.title())
t(lambda: '_,ǅ_Ab\n1'.lower())
t(lambda: ''.rindex('', -2))
t(lambda: ' a -'.isprintable())
t(lambda: '  aab😀 b'.find('  -', 10))
t(lambda: 'éǅ, \t😀\r\n1'.isspace())
t(lambda: ''.casefold())
t(lambda: 'x,é\r\n_\r\n'.rfind('-😀'))
t(lambda: '    ab'.rstrip(None))
t(lambda: 'x😀 11😀'.isdigit())
t(lambda: ',😀  1ab \r\n'.startswith('x', -3, -1))
t(lambda: '\r\n\t\r\n'.rstrip())
t(lambda: ' \r\néA_😀ǅ\t'.split(None))
t(lambda: '-\t'.isidentifier())
t(lambda: '\r\nx\t-\t é'.center(4, '*'))
t(lambda: 'A '.rjust(5, '😀'))
t(lambda: '_a\t-\naǅ'.casefold())
t(lambda: ' ǅ  a\t'.isupper())
t(lambda: 'é\r\n_\n  '.islower())
t(lambda: '\t'.splitlines(True))
t(lambda: ' ,1b😀'.isalpha())
t(lambda: 'ab \n'.expandtabs())
t(lambda: 'ǅ1x_😀 A-'.replace('', '', 1))
t(lambda: 'aaabA_'.rindex(''))
t(lambda: 'éAa'.isupper())
t(lambda: ' abǅ,abx_'.index('b', 1))
t(lambda: ''.isalpha())
t(lambda: '1_ax\r\n\n'.title())
t(lambda: '1 -'.center(5, '*'))
t(lambda: 'ab\nǅ'.lower())
t(lambda: 'a\txA'.rstrip())
t(lambda: '\néaǅ\r\nA'.replace('😀', '', 0))
t(lambda: ''.split('x'))
t(lambda: '\r\né\n  ,'.removesuffix('  '))
t(lambda: '\t'.isspace())
t(lambda: '  -ǅA😀'.isidentifier())
t(lambda: 'aba'.removeprefix('_'))
t(lambda: '😀ǅ'.lstrip())
t(lambda: '😀,😀  b,'.rjust(-1, '😀'))
t(lambda: '-a  AA\t'.count(',', -2))
t(lambda: '_  x Ab'.center(7, '😀'))
t(lambda: '\t,  -1\n'.istitle())
t(lambda: ' ǅaéA'.strip())
t(lambda: '\n-\r\nabab'.isupper())
t(lambda: '+\tab'.zfill(0))
t(lambda: '_x😀ab'.isprintable())
t(lambda: 'x\nb-\taA'.strip())
t(lambda: '\t1,A😀\t'.rstrip())
t(lambda: '-  , ab\t_  '.zfill(7))
t(lambda: 'a\r\n,ǅ'.istitle())
t(lambda: '\néab\r\néA'.find('', -2))
t(lambda: '1'.isalnum())
t(lambda: '_xé\nǅx,A'.isidentifier())
t(lambda: 'a\n1abǅ'.index('é😀', 10))
t(lambda: '1ab'.capitalize())
t(lambda: '\téab1'.upper())
t(lambda: 'abǅ \t\t\r\n\t\t'.splitlines(keepends=True))
t(lambda: 'b_'.startswith('\r\n', 1))
t(lambda: '  '.swapcase())
t(lambda: '1     x'.strip('\t,'))
t(lambda: 'A'.isalpha())
t(lambda: '😀'.isalpha())
t(lambda: ''.isidentifier())
t(lambda: '  \t,\r\n- A_'.rfind('', -100, 100))
t(lambda: '\t\t '.removeprefix('1\t'))
t(lambda: '  A1b'.center(7))
t(lambda: 'xé\r\n, \n'.title())
t(lambda: ''.istitle())
t(lambda: 'A,ab  '.rpartition('Aǅ'))
t(lambda: '\t\néA\tA'.ljust(1))
t(lambda: '- A'.zfill(9))
t(lambda: 'ǅ\t'.title())
t(lambda: '-b\té'.rsplit(None, 0))
t(lambda: '\r\nb  \n'.rindex('  ', 1, 3))
t(lambda: '\n  éba'.islower())
t(lambda: '  1'.splitlines(True))
t(lambda: '\r\n,,\r\naxǅ'.split('ǅ'))
t(lambda: 'aǅ\téxx,😀'.isspace())
t(lambda: '_'.isalpha())
t(lambda: 'abaé'.rjust(8))
t(lambda: '-1  😀\t-Ab'.zfill(8))
t(lambda: '1b'.istitle())
t(lambda: ''.endswith('A', -3, -1))
t(lambda: '  , aAéa'.isalnum())
t(lambda: 'é \r\né\t- x'.ljust(5))
t(lambda: ''.isdigit())
t(lambda: ''.title())
t(lambda: '__x'.count('é', 1))
t(lambda: '_A'.partition('aab'))
t(lambda: ',éab 😀11'.removesuffix('éé'))
t(lambda: 'abbéx-'.rfind('1-', -100, 100))
t(lambda: '  x'.split(maxsplit=2))
t(lambda: 'A\r\n ǅ\n-ab'.lower())
t(lambda: 'abA\r\n1x_1'.removesuffix('a😀'))
t(lambda: '  \t, ǅ😀 '.capitalize())
t(lambda: ' '.capitalize())
t(lambda: 'x\r\n-b  \t'.rindex('', -100, 100))
t(lambda: 'b'.islower())
t(lambda: 'ǅéA  \n1abA'.isidentifier())
t(lambda: ','.rjust(3))
t(lambda: ' _  1'.rfind('', -2))
t(lambda: ' \r\né-\tA'.capitalize())
t(lambda: 'ǅ'.capitalize())
t(lambda: ''.isalnum())
t(lambda: ''.ljust(3, '*'))
t(lambda: 'A,,-'.index(' ,', None, -1))
t(lambda: '1é_1\t\n '.isalnum())
t(lambda: 'b  -1\t'.startswith(''))
t(lambda: ''.rstrip(None))
t(lambda: '  1😀b'.isdigit())
t(lambda: '  x\r\n,,_A'.istitle())
t(lambda: ''.startswith('\t', 1))
t(lambda: '\r\n\t__A'.zfill(2))
t(lambda: 'A-abxx1a_'.capitalize())
t(lambda: 'é\n1,'.istitle())
t(lambda: '  '.casefold())
t(lambda: ''.endswith(''))
t(lambda: '  '.rfind('\r\n', None, -1))
t(lambda: 'xabéǅ'.strip(None))
t(lambda: 'b😀\r\n'.capitalize())
t(lambda: '-Aa'.strip())
t(lambda: '\t😀 \t'.isprintable())
t(lambda: '\r\nab1xab'.title())
t(lambda: '_'.startswith(('ǅ', 'a')))
t(lambda: ''.removesuffix('_'))
t(lambda: '  '.islower())
t(lambda: '-'.zfill(0))
t(lambda: '\t '.rjust(4, '*'))
t(lambda: 'ǅaa'.isprintable())
t(lambda: ',_-\r\nab'.center(12, '😀'))
t(lambda: 'A\naé'.ljust(-1, '😀'))
t(lambda: ' 😀😀é'.casefold())
t(lambda: '  \né'.rpartition('ǅ'))
t(lambda: 'A  ab'.find('xA', -100, 100))
t(lambda: '\t-ǅ,a  ax'.rpartition('_ab'))
t(lambda: '\r\n\néAé\ta'.islower())
t(lambda: '  a'.endswith('ab', 1))
t(lambda: '\t😀a😀'.expandtabs(1))
t(lambda: 'ab ǅ_ǅ\n_'.isupper())
t(lambda: 'b_bé,ab\r\n,'.startswith('😀', 1))
t(lambda: '1ǅǅ'.rindex('xA', 1, 3))
t(lambda: 'A😀😀\r\n😀\n '.count('A', None, -1))
t(lambda: ''.partition('ǅ'))
t(lambda: '\tb'.rstrip())
t(lambda: 'a'.swapcase())
t(lambda: ',\r\n😀xǅ,'.islower())
t(lambda: '\r\nb\r\naǅbéé'.removesuffix('ab  '))
t(lambda: '😀A '.isidentifier())
t(lambda: 'ǅ😀\r\n1abé-'.isdigit())
t(lambda: ''.capitalize())
t(lambda: '\n'.rjust(4, '*'))
t(lambda: '-😀  '.rfind('ǅab'))
t(lambda: ',abb\n\t\tA  '.partition('\r\n'))
t(lambda: 'xb11_'.split(maxsplit=2))
t(lambda: '\t'.split(maxsplit=2))
t(lambda: '-  '.expandtabs())
t(lambda: '1,aAǅ  '.isupper())
t(lambda: '  '.rindex('', 1))
t(lambda: '\t\t😀,_,'.endswith('ǅ,'))
t(lambda: ''.count('_1'))
t(lambda: '\r\n😀\r\nǅabé😀'.islower())
t(lambda: 'ab ab   1b'.istitle())
t(lambda: ''.startswith(('😀', '1')))
t(lambda: '😀 ,1x'.ljust(6, '😀'))
t(lambda: '\nAx-ǅ\tA'.title())
t(lambda: 'A'.capitalize())
t(lambda: '😀 ,ab-'.title())
t(lambda: 'b---x😀_,'.isalpha())
t(lambda: 'ab11😀x'.rsplit(maxsplit=2))
t(lambda: ',ǅ\t1é-'.ljust(5))
t(lambda: ''.casefold())
t(lambda: '😀-x1\r\n'.expandtabs(0))
t(lambda: '\r\nx😀bA\r\n😀'.find('ǅ-', -2))
t(lambda: '  '.partition(',ǅ'))
t(lambda: 'ǅé'.isspace())
t(lambda: 'abaé\t1x,'.rsplit('aa', -1))
t(lambda: '-1\t,😀x\r\n  '.center(8, '*'))
t(lambda: '\nǅ'.splitlines(keepends=True))
t(lambda: 'A\r\nab\r\n\r\nb'.splitlines(keepends=True))
t(lambda: 'ǅ😀ab \t '.isprintable())
t(lambda: '1'.rfind('\n', 1, 3))
t(lambda: 'bǅ-\r\nab\t'.rindex('é\t', 1, 3))
t(lambda: ' -'.splitlines())
t(lambda: 'b_\t'.replace(' ', '', -1))
t(lambda: 'ab'.split(None, 0))
t(lambda: ',ǅ  \t😀\n'.removesuffix('-ǅ'))
t(lambda: ''.replace('1ab', ''))
t(lambda: 'b1x-Aǅ'.islower())
t(lambda: '😀\r\n-ǅ1\t'.rsplit(None))
t(lambda: '1 \r\nab_'.rstrip(None))
t(lambda: ' '.index(''))
t(lambda: 'ǅ1-'.casefold())
t(lambda: '-éé'.find('  ab'))
t(lambda: '_😀\r\n\n\na'.endswith('ab', -3, -1))
t(lambda: 'ǅ A \r\nx,'.strip(None))
t(lambda: '\t\tǅa😀'.istitle())
t(lambda: ''.rjust(5, '*'))
t(lambda: 'b'.count('éǅ', -2))
t(lambda: '😀-Aé'.rjust(2))
t(lambda: '\t_ǅ'.rsplit('ab'))
t(lambda: ''.removeprefix('\n\n'))
t(lambda: 'abx\r\n\t\r\nab'.endswith(('x', '1')))
t(lambda: 'bx,  ab'.partition('A'))
t(lambda: '\t'.rindex('', -2))
t(lambda: 'abbA😀ǅ'.ljust(6))
t(lambda: 'xab-é1abab'.swapcase())
t(lambda: '😀-\taA\r\n'.index('\t\r\n', -100, 100))
t(lambda: 'ǅ_   ǅé1'.zfill(0))
t(lambda: '\r\n1-abé'.rfind('\n', -2))
t(lambda: ' é'.find('', -2))
t(lambda: '\n'.removesuffix('ab1'))
t(lambda: '_'.splitlines(True))
t(lambda: '1😀 \né-😀'.index('', -2))
t(lambda: 'xA-1_\n'.expandtabs(0))
t(lambda: ','.swapcase())
t(lambda: '_ '.casefold())
t(lambda: '  '.startswith('a', -3, -1))
t(lambda: ' \r\n\r\nx😀Aa'.title())
t(lambda: 'ǅ\t'.isalpha())
t(lambda: '-\nab😀😀'.startswith('ǅ', -3, -1))
t(lambda: 'x1,'.strip(None))
t(lambda: 'éa  é_'.split())
t(lambda: '\r\nx éAé-'.islower())
t(lambda: ' \nab \n \t'.find('ab1', -100, 100))
t(lambda: '😀😀ǅ1ǅ _'.istitle())
t(lambda: '\r\n😀ǅa'.replace('', 'ab-'))
t(lambda: '_😀A ǅ😀\r\n'.isdigit())
t(lambda: 'éx-\r\n😀é'.islower())
t(lambda: ' \r\n1  \nab-ab'.lower())
t(lambda: 'éb_\n_'.isidentifier())
t(lambda: 'xa\r\n\r\n'.replace('', '1', 1))
t(lambda: '_😀😀  ǅ'.replace('é_', '\t\n', 0))
t(lambda: 'b ab\r\n\n1'.center(10))
t(lambda: '\r\n\n,-_bx'.splitlines(True))
t(lambda: ' ax\t ab'.swapcase())
t(lambda: 'Aab,-_1'.strip())
t(lambda: '_,-'.rsplit(None))
t(lambda: '  _'.splitlines())
t(lambda: 'x\n  \n-😀é'.isalnum())
t(lambda: '😀ǅ'.islower())
t(lambda: '\n😀😀\n  ,😀\r\n'.removeprefix(',x'))
t(lambda: ''.startswith('ab', -3, -1))
t(lambda: 'ba 😀'.endswith(('ǅ', 'ab')))
t(lambda: '\r\nx_'.istitle())
t(lambda: ''.upper())
t(lambda: '\tx'.upper())
t(lambda: 'x1😀,aA'.expandtabs(4))
t(lambda: '  \né\n1'.center(5, '*'))
t(lambda: '\nxA\r\naabab'.title())
t(lambda: '1\tb-  \r\n \t'.partition('ǅ  '))
t(lambda: ' b1'.endswith(''))
t(lambda: ''.find('b-', -2))
t(lambda: '  \ta1,\r\n'.lstrip('aa'))
t(lambda: 'x1-\r\n-'.count('😀-', 1))
t(lambda: 'éé,ǅab\r\n'.isalnum())
t(lambda: '1abab,    ,'.endswith('ǅ', 1))
t(lambda: ',ǅ-A,'.isspace())
t(lambda: ',1  -'.endswith('b', 1))
t(lambda: '_\t  é\t\n\n'.isdigit())
t(lambda: '\r\n\r\n\n'.istitle())
t(lambda: 'é😀-ba,'.removesuffix('1\r\n'))
t(lambda: ''.isidentifier())
t(lambda: 'aéǅ -\r\n😀'.rfind('ǅx', None, -1))
t(lambda: ',ǅb'.rindex('A,', 1))
t(lambda: '\tbébx'.isupper())
t(lambda: '_'.isalnum())
t(lambda: '\r\n'.isidentifier())
t(lambda: 'éabx'.endswith('A', -3, -1))
t(lambda: ' 1,'.lstrip())
t(lambda: '-ǅ  1'.zfill(8))
t(lambda: 'ǅ \n\t\r\n'.count('', None, -1))
t(lambda: 'a'.find('a', 10))
t(lambda: '+\tababa'.zfill(5))
t(lambda: 'ab,ǅ\t\n    '.removeprefix('  a'))
t(lambda: 'ǅ\t'.lower())
t(lambda: 'abab'.expandtabs(1))
t(lambda: ''.removeprefix('x_'))
t(lambda: 'A'.rpartition('1'))
t(lambda: '   \r\n bb'.upper())
t(lambda: '-,,1 '.replace('', '-', 1))
t(lambda: '1'.startswith('b', 1))
t(lambda: '\t'.rsplit(' \n', -1))
t(lambda: '  A'.ljust(12))
t(lambda: ''.rsplit(None, 0))
t(lambda: 'bx'.partition('x'))
t(lambda: '  éǅ😀'.startswith('_', 1))
t(lambda: 'x,b'.rjust(11, '😀'))
t(lambda: '  , '.strip(None))
t(lambda: '\t_b'.title())
t(lambda: 'é'.rsplit(None, 0))
t(lambda: '\tb1b,  ,x'.index('x😀', -100, 100))
t(lambda: 'éA-ǅ'.capitalize())
t(lambda: 'é1😀ǅ'.ljust(2, '*'))
t(lambda: 'x'.isidentifier())
t(lambda: 'ba-ǅ'.swapcase())
t(lambda: '+-x'.zfill(5))
t(lambda: 'b  '.isidentifier())
t(lambda: '1'.startswith('A', -3, -1))
t(lambda: 'ǅ😀'.partition('😀'))
t(lambda: ',ǅ  '.lstrip('  \t'))
t(lambda: 'a\n'.ljust(0, '*'))
t(lambda: ''.replace('a', '\n  ', 0))
t(lambda: ''.strip())
t(lambda: 'a\txA'.upper())
t(lambda: '\r\nb\r\n'.capitalize())
t(lambda: '1\r\n'.find('ǅé', 1))
t(lambda: 'bxǅ  _A__'.swapcase())
t(lambda: '\r\n😀'.rjust(6))
t(lambda: '  abbA\t  '.find('_', 10))
t(lambda: ' '.find('  ', 10))
t(lambda: 'a A\t'.isalnum())
t(lambda: 'éé\t'.rindex('_', None, -1))
t(lambda: 'x,   ,'.expandtabs(4))
t(lambda: '\r\na'.isidentifier())
t(lambda: '  \r\n-\r\n\r\nǅ,é'.isalpha())
t(lambda: ',a_\t '.isidentifier())
t(lambda: '1aAa\n\t-_'.startswith('ab', 1))
t(lambda: '_ ab\t\tA'.strip())
t(lambda: 'xabǅ\taéa'.removeprefix('\né'))
t(lambda: '\tǅa'.title())
t(lambda: 'b'.isprintable())
t(lambda: '\t\tǅ'.isdigit())
t(lambda: 'x\n,'.splitlines(keepends=True))
t(lambda: 'bA1_\tb\r\n'.ljust(10))
t(lambda: 'A\t-éa_b😀'.upper())
t(lambda: ' Aab'.isupper())
t(lambda: 'ǅAabA,ab'.isprintable())
t(lambda: ' -,  '.startswith(',', 1))
t(lambda: ''.zfill(8))
t(lambda: '\r\n\r\n'.capitalize())
t(lambda: '1 x,\r\n1-'.rfind(''))
t(lambda: 'aba -'.isupper())
t(lambda: '\r\n,'.find('é', -100, 100))
t(lambda: ',x-😀-'.rpartition('\t'))
t(lambda: ' \n   ab-'.removeprefix('é,'))
t(lambda: ''.endswith('A', -3, -1))
t(lambda: '_a😀'.index('b'))
t(lambda: 'é1😀b _😀'.isalnum())
t(lambda: ''.removeprefix('-\t'))
t(lambda: '\tAAé'.lstrip())
t(lambda: '     \t'.index('éx', 1, 3))
t(lambda: '1\t,1'.rfind('ab ', -100, 100))
t(lambda: ''.partition('  '))
t(lambda: '+-'.zfill(10))
t(lambda: 'b1xé😀  b  '.startswith('-', -3, -1))
t(lambda: ','.center(3, '*'))
t(lambda: '_\r\nǅ'.isspace())
t(lambda: 'A'.rsplit('ab,', -1))
t(lambda: 'a\t'.isalnum())
t(lambda: '😀_ab\n'.capitalize())
t(lambda: '-ab😀\t_b'.rsplit(None))
t(lambda: '\nAééab'.isspace())
t(lambda: 'a--\t,\r\n'.ljust(8, '😀'))
t(lambda: '_ab\t😀\r\n'.isidentifier())
t(lambda: 'é\n_'.center(5, '😀'))
t(lambda: '\tǅAx__,'.startswith('-😀'))
t(lambda: ''.isprintable())
t(lambda: '-a'.replace('', '\r\n_', -1))
t(lambda: '-'.removeprefix('é'))
t(lambda: 'ab_'.removeprefix('\n'))
t(lambda: 'éaab\n\t'.center(7))
t(lambda: 'x'.upper())
t(lambda: '\r\na\r\n,ǅa1_'.split())
t(lambda: 'x-11_'.count('éǅ', 10))
t(lambda: ',aé\nab'.endswith(' ', -3, -1))
t(lambda: 'x'.splitlines())
t(lambda: ''.isdigit())
t(lambda: 'a\tab'.startswith('x', 1))
t(lambda: '  1😀\nx😀\n'.center(1))
t(lambda: '_'.islower())
t(lambda: ' \r\n\t'.istitle())
t(lambda: 'ǅb\tabb'.title())
t(lambda: 'ǅ😀 ab'.swapcase())
t(lambda: 'ǅ😀é'.endswith(''))
t(lambda: '\r\n  xb\n\r\n\r\n,'.islower())
t(lambda: ',x'.rpartition('\r\n'))
t(lambda: 'xé😀a\nǅ\t\t'.startswith('ab', -3, -1))
t(lambda: 'ax_éé  '.find('', -2))
t(lambda: ',aba\n😀'.rfind('\r\n1', -2))
t(lambda: 'ǅ1b  \nAǅ😀'.rindex('', 1, 3))
t(lambda: ''.isupper())
t(lambda: ' '.isdigit())
t(lambda: '  A'.isidentifier())
t(lambda: ' '.rpartition('1'))
t(lambda: '-  '.startswith('\tx'))
t(lambda: '1Axǅ\t'.ljust(7, '*'))
t(lambda: 'ab'.rfind('x', 10))
t(lambda: ''.removesuffix('\t'))
t(lambda: '\r\n_'.istitle())
t(lambda: ''.rstrip(None))
t(lambda: 'é1'.count('\r\n', -2))
t(lambda: ''.ljust(11, '*'))
t(lambda: 'é'.ljust(-1, '😀'))
t(lambda: 'b'.isalnum())
t(lambda: '\t1a'.rjust(0))
t(lambda: '_a  -éǅ'.find('_,', 10))
t(lambda: '  '.casefold())
t(lambda: '\t-,'.rindex('ab ', -2))
t(lambda: '  1\n😀'.isdigit())
t(lambda: 'aba\té_-ǅ\t'.isprintable())
t(lambda: 'A😀\r\n1,b'.splitlines(keepends=True))
t(lambda: '\r\naA,\nAa'.rpartition('\té'))
t(lambda: 'é ǅ\n'.count(''))
t(lambda: 'ǅb1é'.index('\n😀', None, -1))
t(lambda: ''.ljust(5, '😀'))
t(lambda: ',AA1\r\nǅb\n'.rpartition('é'))
t(lambda: ''.ljust(5))
t(lambda: ''.capitalize())
t(lambda: '  '.strip())
t(lambda: '\tǅ\nab1ǅ1A'.rsplit(maxsplit=2))
t(lambda: '\tab'.isalnum())
t(lambda: 'x A- ab😀'.rjust(0, '😀'))
t(lambda: '\r\n'.split('x', 1))
t(lambda: ',\t  \txA'.zfill(8))
t(lambda: 'b'.expandtabs())
t(lambda: '\r\nx'.capitalize())
t(lambda: '-,Aab,'.index('', 1))
t(lambda: 'A_A\r\n-\r\n'.partition('Aa'))
t(lambda: 'x-,ab '.removeprefix('A'))
t(lambda: ',-ǅ'.zfill(10))
t(lambda: ''.zfill(9))
t(lambda: '  1-x😀-é-'.casefold())
t(lambda: 'ǅ  ab'.replace('', '\t'))
t(lambda: ','.endswith('\n', 1))
t(lambda: 'x\r\n_,😀  \n\r\n'.title())
t(lambda: 'éxǅAA\r\n\t'.partition('\r\nab'))
t(lambda: '\r\né   ǅ'.isalnum())
t(lambda: '1'.expandtabs(3))
t(lambda: ' x\r\n\r\n\n'.lstrip())
t(lambda: '-1ǅ\r\n1x'.rstrip())
t(lambda: ''.split(None))
t(lambda: '😀-'.swapcase())
t(lambda: '\n😀ab'.swapcase())
t(lambda: '1,  a\r\nǅ-,'.rstrip(None))
t(lambda: 'a-'.center(6, '😀'))
t(lambda: ' '.endswith('\n', 1))
t(lambda: '1\r\n\n'.rpartition('\r\n'))
t(lambda: 'é1😀'.index(' ', 10))
t(lambda: ', a\t'.isalnum())
t(lambda: '😀A-ǅ'.ljust(4, '*'))
t(lambda: 'bxǅ_x'.isdigit())
t(lambda: 'é'.isdigit())
t(lambda: ' '.zfill(3))
t(lambda: 'ǅ_1ǅé '.isidentifier())
t(lambda: 'é  \r\n'.rsplit())
t(lambda: '1😀a-x '.isupper())
t(lambda: '  a😀\n\nx'.swapcase())
t(lambda: '\nǅ\t '.swapcase())
t(lambda: '😀ǅ  AA'.rsplit())
t(lambda: ' bxab\r\n'.islower())
t(lambda: '1  A1-a\t'.upper())
t(lambda: 'é\n  ,'.find('', -100, 100))
t(lambda: ',\n'.strip('ab😀'))
t(lambda: 'xé\t1'.isalnum())
t(lambda: '😀_x\n  -1'.startswith('ǅ', -3, -1))
t(lambda: '  1\t'.rstrip())
t(lambda: ' '.isalpha())
t(lambda: ''.swapcase())
t(lambda: 'xx-\n'.rjust(10, '😀'))
t(lambda: '\taé\tǅǅ'.startswith('ab'))
t(lambda: '  b_,'.rjust(3, '*'))
t(lambda: '_aa'.index('\r\n', -100, 100))
t(lambda: 'a,    \r\na'.endswith('\t', 1))
t(lambda: '😀é  ,éaǅ'.rindex(','))
t(lambda: ''.upper())
t(lambda: '\tAA_A1\n'.removeprefix('abb'))
t(lambda: ',a'.replace(' _', '', -1))
t(lambda: 'éx\r\n,_-_-'.rindex('', 10))
t(lambda: '\t bǅ'.isupper())
t(lambda: 'é  -a\t'.removeprefix('A,'))
t(lambda: '1\n\t\r\n'.isalnum())
t(lambda: ''.strip())
t(lambda: 'x\n'.rsplit())
t(lambda: 'ǅ  é_\n'.rpartition('bx'))
t(lambda: ''.isdigit())
t(lambda: ' 1ab,\txAb'.islower())
t(lambda: ''.islower())
t(lambda: ',\r\n\r\n-'.partition('ǅ\r\n'))
t(lambda: '  1éa😀'.find(' \n', 1, 3))
t(lambda: ''.strip('aab'))
t(lambda: ''.center(8))
t(lambda: ','.startswith(('a', 'b')))
t(lambda: '\n-    é'.replace('', 'ab', 1))
t(lambda: ','.find('', -2))
t(lambda: 'b😀\n'.count(','))
t(lambda: ''.swapcase())
t(lambda: '1'.title())
t(lambda: '_b _,'.ljust(7, '😀'))
t(lambda: 'b\nǅb aab'.removesuffix('a'))
t(lambda: '\n\r\nabééA'.rindex(''))
t(lambda: '\nA-'.isdigit())
t(lambda: '\na'.casefold())
t(lambda: ''.isalnum())
t(lambda: '\r\né'.partition('x'))
t(lambda: 'A_1\nǅ😀  a'.istitle())
t(lambda: '\r\néxx_ab\r\n'.capitalize())
t(lambda: '+ǅ 1b  ,ab'.zfill(1))
t(lambda: '\néAé'.index(' ', -100, 100))
t(lambda: 'é😀x'.splitlines())
t(lambda: 'ǅ\r\n\n  '.rfind('\na'))
t(lambda: 'éab-\té'.rindex('é_', -2))
t(lambda: '😀1a _\t'.isalnum())
t(lambda: '1Aéé\r\nǅ\n  '.rjust(8))
t(lambda: '😀ǅ\n,\n  ab'.removeprefix('ab1'))
"#, r#"'     -,aA'
False
['_\t😀']
['x \nA\n\n']
False
False
''
'  '
False
['bab']
'******aAbxé\t'
-1
' É\r\n,-\n'
True
'_'
'1\nbbǅ\r\né'
False
False
('ǅab  ǅ', '_', '')
'xǅ\r\nx ǅab,'
''
False
'--ab-1-xa'
',\n,xé'
'   1x,1  '
'Ax😀😀😀😀😀😀😀😀😀'
'bǅ'
False
'*********é'
''
-1
False
-1
False
False
False
''
['ǅ', 'ǅ']
False
['ab😀ǅb😀ǅab\n']
'ǅ,\ta\n    '
False
'-\nbaab'
False
False
['  ']
'ǅǅ'
['1b', '😀ab']
False
True
'é'
'ab'
-1
False
'A A A😀AaAbA A😀AaAbA A A,A'
'\nA'
0
['😀_Aǅ', ',']
'\t ǅ'
'-😀  \r\n-_'
False
',béx_'
'éé'
'A1ǆ  1'
'a\té\nx -'
'\nab\tabx  😀'
('', '\r\n', 'baAǅ')
False
'-   Ax😀x'
('abaA', 'b', 'A1')
',-\t 😀ǅ ǅ'
'bbab1A  '
'_é😀 \r\n\t x'
False
False
False
4
False
'bé  '
False
False
False
'\t_'
'ǅ\r\n  b'
''
False
ValueError substring not found
True
['xAbxǅǅ']
''
False
False
'-\n\n😀ǅ_'
False
True
'_a'
''
'_,ǆ_ab\n1'
0
True
-1
False
''
-1
'    ab'
False
False
''
['éA_😀ǅ']
False
'\r\nx\t-\t é'
'😀😀😀A '
'_a\t-\naǆ'
False
True
['\t']
False
'ab \n'
'ǅ1x_😀 A-'
6
False
2
False
'1_Ax\r\n\n'
'*1 -*'
'ab\nǆ'
'a\txA'
'\néaǅ\r\nA'
['']
'\r\né\n  ,'
True
False
'aba'
'😀ǅ'
'😀,😀  b,'
0
'_  x Ab'
False
'ǅaéA'
False
'+\tab'
True
'x\nb-\taA'
'\t1,A😀'
'-  , ab\t_  '
False
6
True
False
ValueError substring not found
'1ab'
'\tÉAB1'
['abǅ \t\t\r\n', '\t\t']
False
'  '
'1     x'
True
False
False
10
'\t\t '
'   A1b '
'Xé\r\n, \n'
False
('', '', 'A,ab  ')
'\t\néA\tA'
'-000000 A'
'ǅ\t'
['-b\té']
ValueError substring not found
True
['  1']
['\r\n,,\r\nax', '']
False
False
'    abaé'
'-1  😀\t-Ab'
False
False
False
'é \r\né\t- x'
False
''
0
('_A', '', '')
',éab 😀11'
-1
['x']
'a\r\n ǆ\n-ab'
'abA\r\n1x_1'
'  \t, ǆ😀 '
' '
8
True
False
'  ,'
5
' \r\né-\ta'
'ǅ'
False
'***'
ValueError substring not found
False
True
''
False
False
False
'\r\n\t__A'
'A-abxx1a_'
False
'  '
True
-1
'xabéǅ'
'B😀\r\n'
'-Aa'
False
'\r\nAb1Xab'
False
''
False
'-'
'**\t '
True
'😀😀,_-\r\nab😀😀😀'
'A\naé'
' 😀😀é'
('', '', '  \né')
-1
('', '', '\t-ǅ,a  ax')
False
False
' 😀a😀'
False
False
ValueError substring not found
1
('', '', '')
'\tb'
'A'
False
'\r\nb\r\naǅbéé'
False
False
''
'***\n'
-1
(',abb\n\t\tA  ', '', '')
['xb11_']
[]
'-  '
False
2
False
0
False
False
False
'😀 ,1x😀'
'\nAx-ǅ\tA'
'A'
'😀 ,Ab-'
False
['ab11😀x']
',ǅ\t1é-'
''
'😀-x1\r\n'
-1
('  ', '', '')
False
['abaé\t1x,']
'-1\t,😀x\r\n  '
['\n', 'ǅ']
['A\r\n', 'ab\r\n', '\r\n', 'b']
False
-1
ValueError substring not found
[' -']
'b_\t'
['ab']
',ǅ  \t😀\n'
''
False
['😀', '-ǅ1']
'1 \r\nab_'
0
'ǆ1-'
-1
False
'ǅ A \r\nx,'
True
'*****'
0
'😀-Aé'
['\t_ǅ']
''
False
('bx,  ab', '', '')
1
'abbA😀ǅ'
'XAB-É1ABAB'
ValueError substring not found
'ǅ_   ǅé1'
-1
0
'\n'
['_']
5
'xA-1_\n'
','
'_ '
False
' \r\n\r\nX😀Aa'
False
False
'x1,'
['éa', 'é_']
False
-1
True
'ab-\rab-\nab-😀ab-ǅab-aab-'
False
True
' \r\n1  \nab-ab'
False
'1xa\r\n\r\n'
'_😀😀  ǅ'
' b ab\r\n\n1 '
['\r\n', '\n', ',-_bx']
' AX\t AB'
'Aab,-_1'
['_,-']
['  _']
False
False
'\n😀😀\n  ,😀\r\n'
False
False
False
''
'\tX'
'x1😀,aA'
'  \né\n1'
'\nXa\r\nAabab'
('1\tb-  \r\n \t', '', '')
True
-1
'  \ta1,\r\n'
0
False
False
False
False
False
False
'é😀-ba,'
False
-1
ValueError substring not found
False
False
False
False
'1,'
'-000ǅ  1'
6
-1
'+\tababa'
'ab,ǅ\t\n    '
'ǆ\t'
'abab'
''
('', '', 'A')
'   \r\n BB'
'--,,1 '
False
['\t']
'  A         '
[]
('b', 'x', '')
False
'😀😀😀😀😀😀😀😀x,b'
','
'\t_B'
['é']
ValueError substring not found
'Éa-ǆ'
'é1😀ǅ'
True
'BA-ǅ'
'+00-x'
False
False
('ǅ', '😀', '')
',ǅ  '
'a\n'
''
''
'A\tXA'
'\r\nb\r\n'
-1
'BXǅ  _a__'
'   \r\n😀'
-1
-1
False
ValueError substring not found
'x,   ,'
False
False
False
False
'_ ab\t\tA'
'xabǅ\taéa'
'\tǅa'
True
False
['x\n', ',']
'bA1_\tb\r\n  '
'A\t-ÉA_B😀'
False
True
False
'00000000'
'\r\n\r\n'
8
False
-1
('', '', ',x-😀-')
' \n   ab-'
False
ValueError substring not found
False
''
'AAé'
ValueError substring not found
-1
('', '', '')
'+00000000-'
False
'*,*'
False
['A']
False
'😀_ab\n'
['-ab😀', '_b']
False
'a--\t,\r\n😀'
False
'😀é\n_😀'
False
True
'\r\n_-\r\n_a\r\n_'
'-'
'ab_'
' éaab\n\t'
'X'
['a', ',ǅa1_']
0
False
['x']
False
False
'  1😀\nx😀\n'
False
False
'ǅb\tAbb'
'ǅ😀 AB'
True
True
('', '', ',x')
False
5
-1
3
False
False
False
('', '', ' ')
False
'1Axǅ\t**'
-1
''
False
''
0
'***********'
'é'
True
'\t1a'
-1
'  '
ValueError substring not found
False
False
['A😀\r\n', '1,b']
('', '', '\r\naA,\nAa')
5
ValueError substring not found
'😀😀😀😀😀'
('', '', ',AA1\r\nǅb\n')
'     '
''
''
['ǅ', 'ab1ǅ1A']
False
'x A- ab😀'
['\r\n']
'0,\t  \txA'
'b'
'\r\nx'
1
('A_A\r\n-\r\n', '', '')
'x-,ab '
'0000000,-ǅ'
'000000000'
'  1-x😀-é-'
'\tǅ\t \t \ta\tb\t'
False
'X\r\n_,😀  \n\r\n'
('éxǅAA\r\n\t', '', '')
False
'1'
'x\r\n\r\n\n'
'-1ǅ\r\n1x'
[]
'😀-'
'\n😀AB'
'1,  a\r\nǅ-,'
'😀😀a-😀😀'
False
('1', '\r\n', '\n')
ValueError substring not found
False
'😀A-ǅ'
False
False
'00 '
False
['é']
False
'  A😀\n\nX'
'\nǅ\t '
['😀ǅ', 'AA']
True
'1  A1-A\t'
0
',\n'
False
False
'  1'
False
''
'😀😀😀😀😀😀xx-\n'
False
'  b_,'
ValueError substring not found
False
4
''
'\tAA_A1\n'
',a'
ValueError substring not found
False
'é  -a\t'
False
''
['x']
('', '', 'ǅ  é_\n')
False
False
False
(',\r\n\r\n-', '', '')
-1
''
'        '
False
'ab\n-    é'
0
0
''
'1'
'_b _,😀😀'
'b\nǅb aab'
8
False
'\na'
False
('\r\né', '', '')
False
'\r\néxx_ab\r\n'
'+ǅ 1b  ,ab'
ValueError substring not found
['é😀x']
-1
ValueError substring not found
False
'1Aéé\r\nǅ\n  '
'😀ǅ\n,\n  ab'
"#);
}

#[test]
fn percent_and_format_fuzz() {
    check("percent_and_format_fuzz", r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: '<%05.2X>' % (3.14159,))
t(lambda: '<%- *.5i>' % (2, float("nan"),))
t(lambda: '<%-#1c>' % ([1, 2],))
t(lambda: '<%1.0d>' % (255,))
t(lambda: '<%*.*i>' % (4, 6, 255,))
t(lambda: '<%+1a>' % (-1,))
t(lambda: '<%+12.2g>' % (1,))
t(lambda: '<%.5d>' % (None,))
t(lambda: '<%+.0a>' % (255,))
t(lambda: '<%-0*.0e>' % (2, 0,))
t(lambda: '<%1.*s>' % (4, -1,))
t(lambda: '<%#+12r>' % (-0.5,))
t(lambda: '<%-+1.*d>' % (0, 1e-7,))
t(lambda: '<%0+5d>' % (255,))
t(lambda: '<%#+1.*d>' % (5, True,))
t(lambda: '<%0-5G>' % (2**70,))
t(lambda: '<%12.0s>' % (None,))
t(lambda: '<% -12e>' % (1e20,))
t(lambda: '<% 5F>' % (12345.6789,))
t(lambda: '<%-*s>' % (4, float("nan"),))
t(lambda: '<%#5E>' % (0.0,))
t(lambda: '<%-#1r>' % (float("inf"),))
t(lambda: '<%05.0F>' % (3.14159,))
t(lambda: '<% -.0f>' % (3.14159,))
t(lambda: '<%*.0s>' % (-7, 1,))
t(lambda: '<%+12.2s>' % (True,))
t(lambda: '<%+12.*f>' % (1, -1,))
t(lambda: '<%0 a>' % (2**70,))
t(lambda: '<%*.5o>' % (0, -0.0,))
t(lambda: '<%# f>' % (float("inf"),))
t(lambda: '<%1i>' % (3.14159,))
t(lambda: '<%.0o>' % (-2**70,))
t(lambda: '<%0*.*r>' % (-6, 1, float("nan"),))
t(lambda: '<%05.*i>' % (5, 0,))
t(lambda: '<%0#*.2i>' % (1, -1,))
t(lambda: '<%+0%>' % ())
t(lambda: '<%-12d>' % (-0.0,))
t(lambda: '<%5.0c>' % (1e20,))
t(lambda: '<%0*.5E>' % (-7, -0.0,))
t(lambda: '<%-012.5i>' % (-1,))
t(lambda: '<%.*o>' % (0, -1,))
t(lambda: '<%5.*%>' % (4,))
t(lambda: '<%#-.2i>' % ('héllo',))
t(lambda: '<%12.5X>' % (None,))
t(lambda: '<%+.2E>' % (2**70,))
t(lambda: '<%1.0x>' % (255,))
t(lambda: '<%i>' % (True,))
t(lambda: '<%.5e>' % (True,))
t(lambda: '<%-+.2e>' % (0,))
t(lambda: '<% *x>' % (8, [1, 2],))
t(lambda: '<%5.5g>' % (-0.0,))
t(lambda: '<%f>' % (-255,))
t(lambda: '<%-1.2r>' % (0,))
t(lambda: '<%-.2c>' % (1e20,))
t(lambda: '<%05.5G>' % (None,))
t(lambda: '<%+.2F>' % (2**70,))
t(lambda: '<%0*.5c>' % (4, 3.14159,))
t(lambda: '<%#.2i>' % (3.14159,))
t(lambda: '<%0.0e>' % (True,))
t(lambda: '<%+-5.5r>' % (-0.5,))
t(lambda: '<%0 a>' % (-2**70,))
t(lambda: '<%5.*x>' % (3, 0,))
t(lambda: '<%01E>' % (0,))
t(lambda: '<%-.0g>' % (3.14159,))
t(lambda: '<%-#12.5X>' % (float("inf"),))
t(lambda: '<% 05.0g>' % (None,))
t(lambda: '<%+0*.0s>' % (1, 0,))
t(lambda: '<%#*a>' % (-6, 1e-7,))
t(lambda: '<%+*.5%>' % (-1,))
t(lambda: '<%5.0G>' % (-0.0,))
t(lambda: '<%*.2G>' % (-8, 0.0,))
t(lambda: '<%*x>' % (6, -255,))
t(lambda: '<%+*.0a>' % (-2, float("inf"),))
t(lambda: '<%*.5s>' % (-7, True,))
t(lambda: '<% .2r>' % (2**70,))
t(lambda: '<%+*o>' % (-6, True,))
t(lambda: '<%+12.*o>' % (6, float("inf"),))
t(lambda: '<%*.2E>' % (-3, 0,))
t(lambda: '<%*.*e>' % (2, 2, -255,))
t(lambda: '<% 12i>' % (None,))
t(lambda: '<%12.5d>' % ('héllo',))
t(lambda: '<%1.*e>' % (5, float("inf"),))
t(lambda: '<%#+12r>' % (-255,))
t(lambda: '<%#12o>' % (12345.6789,))
t(lambda: '<%-#*.2f>' % (3, -0.0,))
t(lambda: '<%0.0d>' % (12345.6789,))
t(lambda: '<%# .0s>' % (-0.5,))
t(lambda: '<%-5.2F>' % (1e20,))
t(lambda: '<%1a>' % (1e-7,))
t(lambda: '<% 5.*o>' % (4, 0,))
t(lambda: '<%1d>' % (-0.5,))
t(lambda: '<%5c>' % (True,))
t(lambda: '<%0a>' % ([1, 2],))
t(lambda: '<%.0X>' % (float("inf"),))
t(lambda: '<%# 1G>' % (float("inf"),))
t(lambda: '<%#-1.*g>' % (2, 2**70,))
t(lambda: '<% 12.*a>' % (5, 255,))
t(lambda: '<%5E>' % ([1, 2],))
t(lambda: '<% 12.2i>' % ([1, 2],))
t(lambda: '<%+-g>' % ([1, 2],))
t(lambda: '<%-5.5i>' % (None,))
t(lambda: '<%+*.5o>' % (-8, 1e20,))
t(lambda: '<%-*s>' % (-2, 2**70,))
t(lambda: '<%-#*.2o>' % (-6, float("inf"),))
t(lambda: '<% +12.0e>' % ('ab',))
t(lambda: '<% 12.*g>' % (5, float("inf"),))
t(lambda: '<%-*.*%>' % (-6, 0,))
t(lambda: '<% .5o>' % (0.0,))
t(lambda: '<%0+12a>' % (float("nan"),))
t(lambda: '<%-*.*s>' % (1, 3, 0.0,))
t(lambda: '<%*f>' % (-3, 1e-7,))
t(lambda: '<%5.*c>' % (4, True,))
t(lambda: '<%+1g>' % ('héllo',))
t(lambda: '<%#.2F>' % (255,))
t(lambda: '<% 0.*r>' % (6, -2**70,))
t(lambda: '<%5.5E>' % (2**70,))
t(lambda: '<%#12.*d>' % (1, 3.14159,))
t(lambda: '<%-0F>' % (0,))
t(lambda: '<% .5o>' % (3.14159,))
t(lambda: '<%5x>' % (3.14159,))
t(lambda: '<% 5.0e>' % (-0.5,))
t(lambda: '<%0*.0a>' % (0, 2**70,))
t(lambda: '<%12i>' % (1e-7,))
t(lambda: '<%+1r>' % (-255,))
t(lambda: '<%#.*x>' % (6, -0.0,))
t(lambda: '<%#*.2X>' % (-1, 'héllo',))
t(lambda: '<%5.*i>' % (0, -1,))
t(lambda: '<%5.*c>' % (2, 12345.6789,))
t(lambda: '<%12.*s>' % (5, 2**70,))
t(lambda: '<%05.0G>' % (-1,))
t(lambda: '<%+5.*o>' % (3, 255,))
t(lambda: '<%1.*X>' % (6, 0,))
t(lambda: '<%+-12.0a>' % (1e-7,))
t(lambda: '<%#-12.0f>' % (255,))
t(lambda: '<%0+1.5f>' % (0,))
t(lambda: '<%-*.*F>' % (-5, 0, 1e20,))
t(lambda: '<%01.*G>' % (6, 1e-7,))
t(lambda: '<%1g>' % (0,))
t(lambda: '<%+-1r>' % (0,))
t(lambda: '<%#-e>' % ('ab',))
t(lambda: '<% -12.*e>' % (5, float("inf"),))
t(lambda: '<%i>' % (-0.5,))
t(lambda: '<%-12o>' % (0.0,))
t(lambda: '<% 0.*f>' % (6, 1e-7,))
t(lambda: '<%G>' % (-1,))
t(lambda: '<%5s>' % (1e-7,))
t(lambda: '<%+0.*d>' % (3, 0,))
t(lambda: '<% -1.0X>' % (12345.6789,))
t(lambda: '<%0#*.5g>' % (6, 0.0,))
t(lambda: '<%+1.5f>' % (2**70,))
t(lambda: '<%12.*e>' % (1, 2**70,))
t(lambda: '<%12a>' % (True,))
t(lambda: '<%+ 12.*x>' % (5, 1,))
t(lambda: '<%.2i>' % (1e-7,))
t(lambda: '<% -*.2c>' % (5, -0.5,))
t(lambda: '<%+5r>' % (float("inf"),))
t(lambda: '<% 1.0i>' % (1,))
t(lambda: '<%5i>' % (2**70,))
t(lambda: '<% *s>' % (2, 3.14159,))
t(lambda: '<%# f>' % (2**70,))
t(lambda: '<%.2r>' % (1,))
t(lambda: '<%12g>' % (1,))
t(lambda: '<%#-12.*i>' % (4, 'ab',))
t(lambda: '<%+%>' % ())
t(lambda: '<%12.0d>' % (True,))
t(lambda: '<%#5.2s>' % (12345.6789,))
t(lambda: '<%# 12g>' % (-0.5,))
t(lambda: '<%.5G>' % (None,))
t(lambda: '<%- 12.5e>' % (True,))
t(lambda: '<%+*.2x>' % (1, -1,))
t(lambda: '<%05.2c>' % (0.0,))
t(lambda: '<%12.0g>' % ([1, 2],))
t(lambda: '<% 01i>' % (1,))
t(lambda: '<% 1E>' % (0.0,))
t(lambda: '<%5E>' % (0.0,))
t(lambda: '<% -1.2x>' % (float("inf"),))
t(lambda: '<%e>' % (float("inf"),))
t(lambda: '<%12.0d>' % ('ab',))
t(lambda: '<%12f>' % (1e20,))
t(lambda: '<%#+1.2G>' % (1e-7,))
t(lambda: '<%.2F>' % (-1,))
t(lambda: '<%0-o>' % ('ab',))
t(lambda: '<%*s>' % (6, 12345.6789,))
t(lambda: '<% #.5E>' % (-255,))
t(lambda: '<%0 .*i>' % (5, 0.0,))
t(lambda: '<%*.*s>' % (-7, 0, 'héllo',))
t(lambda: '<%5x>' % (1,))
t(lambda: '<%+-12.*e>' % (4, -0.0,))
t(lambda: '<%0.0d>' % (3.14159,))
t(lambda: '<%1.5i>' % (float("nan"),))
t(lambda: '<%1.*%>' % (2,))
t(lambda: '<%-.2i>' % (0,))
t(lambda: '<%.2g>' % (float("nan"),))
t(lambda: '<%#+12i>' % (0,))
t(lambda: '<%0-12.0x>' % (255,))
t(lambda: '<%0+E>' % (-0.0,))
t(lambda: '<%.2i>' % (-0.5,))
t(lambda: '<%0.0G>' % ('ab',))
t(lambda: '<%#12G>' % (-1,))
t(lambda: '<%-5G>' % (3.14159,))
t(lambda: '<%01.5X>' % (-2**70,))
t(lambda: '<%05.*e>' % (1, -1,))
t(lambda: '<%#.0x>' % (None,))
t(lambda: '<%12E>' % (-0.5,))
t(lambda: '<%-01.5a>' % (1,))
t(lambda: '<%*.2g>' % (-4, -1,))
t(lambda: '<%-012%>' % ())
t(lambda: '<%0*.2%>' % (3,))
t(lambda: '<% +*.5c>' % (-2, -255,))
t(lambda: '<%0#o>' % (12345.6789,))
t(lambda: '<%c>' % (1e20,))
t(lambda: '<%1.2s>' % (float("inf"),))
t(lambda: '<%+1.5E>' % ([1, 2],))
t(lambda: '<%0+*s>' % (8, 255,))
t(lambda: '<%5.*c>' % (0, 1,))
t(lambda: '<%+0*F>' % (-6, 12345.6789,))
t(lambda: '<% i>' % (True,))
t(lambda: '<%12.0E>' % (None,))
t(lambda: '<%5x>' % (-2**70,))
t(lambda: '<% 12.2G>' % (None,))
t(lambda: '<%0+*g>' % (0, -255,))
t(lambda: '<%01.5f>' % (255,))
t(lambda: '<%12.*o>' % (4, 0.0,))
t(lambda: '<% .2i>' % (-255,))
t(lambda: '<%0.5e>' % (1,))
t(lambda: '<%+*.5c>' % (-1, -255,))
t(lambda: '<%+#5.5E>' % (-1,))
t(lambda: '<%*.2a>' % (4, 12345.6789,))
t(lambda: '<%012.*r>' % (3, 2**70,))
t(lambda: '<%0-*.2c>' % (-3, 1,))
t(lambda: '<%12o>' % (-0.5,))
t(lambda: '<%0*.*G>' % (-8, 2, -0.5,))
t(lambda: '<%12.*E>' % (2, -0.0,))
t(lambda: '<%5E>' % (255,))
t(lambda: '<%012.5a>' % (0.0,))
t(lambda: '<%+ 5s>' % (12345.6789,))
t(lambda: '<%#-.2c>' % (3.14159,))
t(lambda: '<% 1.0a>' % (255,))
t(lambda: '<%0+5.5d>' % ('héllo',))
t(lambda: '<%-#*g>' % (2, 12345.6789,))
t(lambda: '<%.5X>' % (1,))
t(lambda: '<% *.*x>' % (2, 5, 0.0,))
t(lambda: '<%-1.0r>' % ([1, 2],))
t(lambda: '<%-#*.5f>' % (-6, 12345.6789,))
t(lambda: '<%12E>' % (True,))
t(lambda: '<%0 12x>' % (-1,))
t(lambda: '<%+ 12.*r>' % (3, 0.0,))
t(lambda: '<%1E>' % (255,))
t(lambda: '<%#12c>' % (-2**70,))
t(lambda: '<%0-*.*d>' % (4, 1, -255,))
t(lambda: '<%0*.*i>' % (-7, 3, 0,))
t(lambda: '<%#1x>' % (1,))
t(lambda: '<% 01X>' % (float("nan"),))
t(lambda: '<%- .5a>' % (1e20,))
t(lambda: '<%+#5F>' % (1,))
t(lambda: '<%-+5.0d>' % (-0.0,))
t(lambda: '<% 1.0x>' % (True,))
t(lambda: '<%#0*r>' % (-7, 255,))
t(lambda: '<%12.2g>' % (12345.6789,))
t(lambda: '<%G>' % (-2**70,))
t(lambda: '<%#-1i>' % ([1, 2],))
t(lambda: '<%# 1.*c>' % (0, 1e20,))
t(lambda: '<%12i>' % (-0.0,))
t(lambda: '<%#5.5r>' % (float("inf"),))
t(lambda: '<%12.0f>' % (0.0,))
t(lambda: '<%+012.2s>' % (-0.5,))
t(lambda: '<%5.0G>' % (0.0,))
t(lambda: '<%-1.*X>' % (3, 'héllo',))
t(lambda: '<%+12.2f>' % (float("inf"),))
t(lambda: '<%12.5c>' % (None,))
t(lambda: '<% 1d>' % (None,))
t(lambda: '<% 12i>' % (0,))
t(lambda: '<%# 1.0f>' % (0,))
t(lambda: '<%.5i>' % (1e20,))
t(lambda: '<%+05.2e>' % (float("inf"),))
t(lambda: '<%-+.5i>' % ('héllo',))
t(lambda: '<%12.*o>' % (4, 255,))
t(lambda: '<%1.2f>' % (12345.6789,))
t(lambda: '<%0.2%>' % ())
t(lambda: '<% +*G>' % (5, 0,))
t(lambda: '<%12.2o>' % (-0.5,))
t(lambda: '<%5g>' % (-255,))
t(lambda: '<%+0.2i>' % (float("nan"),))
t(lambda: '<%E>' % (-0.5,))
t(lambda: '<%-05.0r>' % (True,))
t(lambda: '<%.2s>' % (True,))
t(lambda: '<% g>' % (True,))
t(lambda: '<% #1i>' % (12345.6789,))
t(lambda: '<%-5f>' % (None,))
t(lambda: '<%-1G>' % ('héllo',))
t(lambda: '<%0#1.0%>' % ())
t(lambda: '<%-5%>' % ())
t(lambda: '<% +5.*g>' % (6, 1e-7,))
t(lambda: '<%12g>' % (0,))
t(lambda: '<%#-*e>' % (-1, -1,))
t(lambda: '<%+ *i>' % (-3, float("inf"),))
t(lambda: '<%0 *.2c>' % (-2, 3.14159,))
t(lambda: '<% 1.5c>' % (3.14159,))
t(lambda: '<%+0*e>' % (-3, -2**70,))
t(lambda: '<%#05.2X>' % (1e20,))
t(lambda: '<%-i>' % (-2**70,))
t(lambda: '<%01x>' % (1,))
t(lambda: '<%- 12.*f>' % (1, 12345.6789,))
t(lambda: '<%*%>' % (6,))
t(lambda: '<% 5E>' % (float("inf"),))
t(lambda: '<%-12.5g>' % ('héllo',))
t(lambda: '<% +5.5F>' % (-0.5,))
t(lambda: '<%-1.5o>' % (1e20,))
t(lambda: '<%0#12F>' % ([1, 2],))
t(lambda: '<%.*E>' % (5, 3.14159,))
t(lambda: '<%0.2F>' % (0.0,))
t(lambda: '<%#*s>' % (6, 1,))
t(lambda: '<%#12c>' % (-0.5,))
t(lambda: '<%012a>' % ('héllo',))
t(lambda: '<%0.2o>' % (None,))
t(lambda: '<%#*.*s>' % (-8, 1, 1e20,))
t(lambda: '<%+5o>' % ([1, 2],))
t(lambda: '<%#5.*o>' % (1, 3.14159,))
t(lambda: '<% +1.5s>' % (1,))
t(lambda: '<% +12.5o>' % ([1, 2],))
t(lambda: '<%+#.5o>' % (-0.0,))
t(lambda: '<%#1.2c>' % (-2**70,))
t(lambda: '<%5g>' % (255,))
t(lambda: '<%+1.2i>' % (-0.0,))
t(lambda: '<%#+*.*E>' % (-1, 0, True,))
t(lambda: '<%05i>' % (0.0,))
t(lambda: '<%#12.5F>' % (2**70,))
t(lambda: '<%+-5.0X>' % (float("nan"),))
t(lambda: '<%5.5X>' % (-0.0,))
t(lambda: '<%12.2c>' % (0.0,))
t(lambda: '<%05o>' % ('héllo',))
t(lambda: '<% 5.*s>' % (5, -0.5,))
t(lambda: '<%#0.5c>' % ('héllo',))
t(lambda: '<%e>' % (1,))
t(lambda: '<%-1.*c>' % (6, -1,))
t(lambda: '<% *.*d>' % (5, 6, -2**70,))
t(lambda: '<%*o>' % (8, -255,))
t(lambda: '<% -12f>' % (-0.0,))
t(lambda: '<%012.5d>' % (3.14159,))
t(lambda: '<%1.5g>' % (-0.5,))
t(lambda: '<%*.2e>' % (-6, -1,))
t(lambda: '<% 0*.5E>' % (7, -0.5,))
t(lambda: '<%5.*G>' % (2, -255,))
t(lambda: '<%5.2d>' % (2**70,))
t(lambda: '<%#0x>' % (float("nan"),))
t(lambda: '<% 12.5d>' % (1e-7,))
t(lambda: '<%*.2g>' % (1, [1, 2],))
t(lambda: '<%#12.2G>' % (float("inf"),))
t(lambda: '<%12.2d>' % (12345.6789,))
t(lambda: '<%+.0i>' % (float("nan"),))
t(lambda: '<%1.5f>' % (True,))
t(lambda: '<% *.5g>' % (7, -0.5,))
t(lambda: '<%#0*c>' % (5, -1,))
t(lambda: '<%1x>' % (1,))
t(lambda: '<% 5.*x>' % (6, 1,))
t(lambda: '<%-5.5G>' % (True,))
t(lambda: '<%1f>' % ('ab',))
t(lambda: '<%d>' % (1,))
t(lambda: '<%+ *x>' % (1, 1e20,))
t(lambda: '<% +5.*o>' % (5, -0.5,))
t(lambda: '<% #X>' % (None,))
t(lambda: '<%1c>' % (-2**70,))
t(lambda: '<%#0.2F>' % (True,))
t(lambda: '<%-5.*E>' % (5, -0.5,))
t(lambda: '<%0#12.2c>' % (1,))
t(lambda: '<%- %>' % ())
t(lambda: '<%+ 5.*e>' % (2, 0,))
t(lambda: '<%.5s>' % (None,))
t(lambda: '<%#-12.*X>' % (1, -2**70,))
t(lambda: '<%#1.*E>' % (1, float("inf"),))
t(lambda: '<%*%>' % (-6,))
t(lambda: '<%0*.5f>' % (4, 0.0,))
t(lambda: '<%0F>' % (None,))
t(lambda: '<%c>' % (float("inf"),))
t(lambda: '<%12.*F>' % (6, float("inf"),))
t(lambda: '<%#0*x>' % (7, [1, 2],))
t(lambda: '<%#-.5g>' % (255,))
t(lambda: '<%+-*.5d>' % (5, [1, 2],))
t(lambda: '<%+ 1.0f>' % (-0.0,))
t(lambda: '<%12E>' % (255,))
t(lambda: '<%5.2s>' % (0,))
t(lambda: '<%#+1F>' % (3.14159,))
t(lambda: '<%+.2r>' % (12345.6789,))
t(lambda: '<%1.5c>' % ('ab',))
t(lambda: '<%+5g>' % (float("nan"),))
t(lambda: '<%0#12.*F>' % (3, -1,))
t(lambda: '<%+.2g>' % ([1, 2],))
t(lambda: '<%*G>' % (8, float("inf"),))
t(lambda: '<%12r>' % ([1, 2],))
t(lambda: '<%+*x>' % (4, 1e20,))
t(lambda: '<%e>' % (3.14159,))
t(lambda: '<%-0.5r>' % (1e20,))
t(lambda: '<% -5.2x>' % (1,))
t(lambda: '<%1.5F>' % (2**70,))
t(lambda: '<%0+.2F>' % (float("inf"),))
t(lambda: '<%5.5%>' % ())
t(lambda: '<%0 *.5r>' % (2, -0.5,))
t(lambda: '<%0o>' % (2**70,))
t(lambda: '<% 01.2E>' % ('héllo',))
t(lambda: '<%5.0f>' % (-0.0,))
t(lambda: '<%01.*o>' % (0, -1,))
t(lambda: '<%.2e>' % (255,))
t(lambda: '<%#12d>' % (float("inf"),))
t(lambda: '<%0 a>' % (1e20,))
t(lambda: '<%#5.5%>' % ())
t(lambda: '<%-.*c>' % (4, 1,))
t(lambda: '<%12%>' % ())
t(lambda: '<%012.*E>' % (3, 1e20,))
t(lambda: '<% 1e>' % (-255,))
t(lambda: '<%+-1.*x>' % (0, float("nan"),))
t(lambda: '<%12.5E>' % ('ab',))
t(lambda: '<% -12.5d>' % (None,))
t(lambda: '<%#12.0G>' % (-1,))
t(lambda: '<%+5.2i>' % (12345.6789,))
t(lambda: '<%0*.0r>' % (3, 3.14159,))
t(lambda: '<%0-12.5s>' % (-255,))
t(lambda: '<% #.5s>' % (-1,))
t(lambda: '<% 0*c>' % (2, 3.14159,))
t(lambda: '<% 12.2s>' % (-255,))
t(lambda: '<%-5G>' % (None,))
t(lambda: '<%+5.0g>' % (-255,))
t(lambda: '<%#*.*o>' % (4, 3, 2**70,))
t(lambda: '<%G>' % (3.14159,))
t(lambda: '<% -12.0e>' % (-0.5,))
t(lambda: '<%-*.*x>' % (2, 1, 0.0,))
t(lambda: '<%#-.0x>' % (float("inf"),))
t(lambda: '<%-.2G>' % (None,))
t(lambda: '<%+ 5.2e>' % (-0.0,))
t(lambda: '<% #1.2s>' % ('ab',))
t(lambda: '<% c>' % (None,))
t(lambda: '<%0+12.*s>' % (4, 1e20,))
t(lambda: '<%*.2E>' % (4, 0.0,))
t(lambda: '<%05.*X>' % (3, float("nan"),))
t(lambda: '<%-012.2E>' % (True,))
t(lambda: '<%#1.0%>' % ())
t(lambda: '<%1.2o>' % (float("nan"),))
t(lambda: '<% #12%>' % ())
t(lambda: '<% 01i>' % (1e-7,))
t(lambda: '<%0#12.0e>' % (1e-7,))
t(lambda: '<%*x>' % (6, None,))
t(lambda: '<% +.0e>' % (1e-7,))
t(lambda: '<%1x>' % (1,))
t(lambda: '<%0+5F>' % (0.0,))
t(lambda: '<%-01.*x>' % (5, 1e-7,))
t(lambda: '<%-#1.2c>' % ('héllo',))
t(lambda: '<%+01.2x>' % (255,))
t(lambda: '<%.0i>' % ('héllo',))
t(lambda: '<%0+12.*%>' % (6,))
t(lambda: '<%+-5.2E>' % (-1,))
t(lambda: '<%05.*o>' % (1, -0.5,))
t(lambda: '<%.2s>' % ([1, 2],))
t(lambda: '<% +12c>' % (float("nan"),))
t(lambda: '<%01.2r>' % (0,))
t(lambda: '<%+f>' % (float("nan"),))
t(lambda: '<%5g>' % (12345.6789,))
t(lambda: '<%5E>' % (2**70,))
t(lambda: '<%5s>' % (255,))
t(lambda: '<%*X>' % (5, -255,))
t(lambda: '<% #1.*f>' % (1, 2**70,))
t(lambda: '<%12s>' % (-1,))
t(lambda: '<%5G>' % (float("inf"),))
t(lambda: '<%+.5d>' % (-255,))
t(lambda: '<%12.2o>' % ('ab',))
t(lambda: '<%#12.*a>' % (2, float("nan"),))
t(lambda: '<%05.*G>' % (0, -0.0,))
t(lambda: '<% -1.2F>' % (-0.0,))
t(lambda: '<%5.2g>' % (3.14159,))
t(lambda: '<%12.*X>' % (6, 0.0,))
t(lambda: '<%5g>' % (True,))
t(lambda: '<% 5s>' % (-0.0,))
t(lambda: '<%*.*o>' % (-7, 5, 1e-7,))
t(lambda: '<%012.2F>' % ('ab',))
t(lambda: '<%12.2s>' % ('ab',))
t(lambda: '<%012.0i>' % (255,))
t(lambda: '<%-01G>' % (float("inf"),))
t(lambda: '<%0*s>' % (1, True,))
t(lambda: '<%12g>' % ('ab',))
t(lambda: '<%#*.2G>' % (-4, 0.0,))
t(lambda: '<%.*d>' % (0, 2**70,))
t(lambda: '<%+#X>' % (12345.6789,))
t(lambda: '<%0-.0E>' % (float("inf"),))
t(lambda: '<%-5g>' % (0,))
t(lambda: '<%5.2s>' % (2**70,))
t(lambda: '<%1.5X>' % (float("inf"),))
t(lambda: '<%05.*i>' % (6, 1e-7,))
t(lambda: '<%+#*.2X>' % (6, -255,))
t(lambda: '<%5.5i>' % ('ab',))
t(lambda: '<%+ 12E>' % (-1,))
t(lambda: '<%5.5e>' % (1,))
t(lambda: '<%-12.0s>' % (True,))
t(lambda: '<%12.0c>' % (-0.5,))
t(lambda: '<%5X>' % (1e20,))
t(lambda: '<%0+5.0G>' % (float("nan"),))
t(lambda: '<%5.0%>' % ())
t(lambda: '<%d>' % (255,))
t(lambda: '<%*.*r>' % (2, 1, 'ab',))
t(lambda: '<%12.0d>' % ('ab',))
t(lambda: '<%12%>' % ())
t(lambda: '<%#*.2s>' % (-6, 255,))
t(lambda: '<%1X>' % (-0.5,))
t(lambda: '<%1.2d>' % (255,))
t(lambda: '<% .*r>' % (4, 3.14159,))
t(lambda: '<% #*d>' % (3, -0.0,))
t(lambda: '<%#5.0G>' % (2**70,))
t(lambda: '<%-#*.*c>' % (7, 3, 2**70,))
t(lambda: '<%#5.0d>' % (1e20,))
t(lambda: '<%+012g>' % ('héllo',))
t(lambda: '<%12.0%>' % ())
t(lambda: '<%#0.0G>' % (True,))
t(lambda: '<%0.2g>' % (-255,))
t(lambda: '<% 12.2X>' % (0.0,))
t(lambda: '<%.*x>' % (2, -255,))
t(lambda: '<%1.0o>' % (None,))
t(lambda: '<%5.2e>' % (1e20,))
t(lambda: '<%0*.5o>' % (-8, 255,))
t(lambda: '<% -1.2c>' % (12345.6789,))
t(lambda: '<%-01e>' % (None,))
t(lambda: '<%#5G>' % (3.14159,))
t(lambda: '<%0+*.2%>' % (4,))
t(lambda: '<%0*.*f>' % (-2, 6, None,))
t(lambda: '<%#*.2F>' % (-8, -2**70,))
t(lambda: '<%01.5x>' % (0.0,))
t(lambda: '<%+0.0f>' % (-0.0,))
t(lambda: '<%1.2c>' % (-255,))
t(lambda: '<%0 1.0F>' % (1,))
t(lambda: '<%#-*o>' % (2, -255,))
t(lambda: '<%-.2F>' % (-255,))
t(lambda: '<%*.0r>' % (-6, 'ab',))
t(lambda: '<%-#5.0e>' % (float("inf"),))
t(lambda: '<% f>' % (None,))
t(lambda: '<%-1.0i>' % (255,))
t(lambda: '<%0-1.2F>' % (float("nan"),))
t(lambda: '<%#0*s>' % (-2, 2**70,))
t(lambda: '<%12.2i>' % ([1, 2],))
t(lambda: '<% 05.5g>' % ([1, 2],))
t(lambda: '<%12.2e>' % (1,))
t(lambda: '<%-d>' % (-2**70,))
t(lambda: '<%.2o>' % (1e20,))
t(lambda: '<%12a>' % (12345.6789,))
t(lambda: '<%+ 5.5e>' % (True,))
t(lambda: '<%5.5o>' % (1,))
t(lambda: '<% #5o>' % ([1, 2],))
t(lambda: '<%0-*%>' % (-3,))
t(lambda: '<%+x>' % (0.0,))
t(lambda: '<%.0x>' % (255,))
t(lambda: '<%*.*f>' % (0, 3, 12345.6789,))
t(lambda: '<%+#%>' % ())
t(lambda: '<%.2r>' % (float("nan"),))
t(lambda: '<%-+1.2G>' % ('héllo',))
t(lambda: '<%-*.0c>' % (6, 'héllo',))
t(lambda: '<%5.5E>' % (-2**70,))
t(lambda: '<%*F>' % (6, [1, 2],))
t(lambda: '<%+1.5f>' % (12345.6789,))
t(lambda: '<%0 5f>' % (True,))
t(lambda: '<%1.0%>' % ())
t(lambda: '<%012.5i>' % ([1, 2],))
t(lambda: '<%5.*x>' % (6, -0.5,))
t(lambda: '<%a>' % (-1,))
t(lambda: '<%+12g>' % ('héllo',))
t(lambda: '<%#-*.0X>' % (4, -2**70,))
t(lambda: '<%+012.0F>' % ([1, 2],))
t(lambda: '<% 1.*G>' % (5, None,))
t(lambda: '<%.2o>' % (-255,))
t(lambda: '<%12E>' % (3.14159,))
t(lambda: '<%5.2g>' % (-2**70,))
t(lambda: '<%.5G>' % (12345.6789,))
t(lambda: '<%+ 5d>' % (0.0,))
t(lambda: '<%-i>' % (1e-7,))
t(lambda: '<% -.5c>' % (1,))
t(lambda: '<%-#*c>' % (-7, -2**70,))
t(lambda: '<%+12.2g>' % (12345.6789,))
t(lambda: '<%01f>' % (1e-7,))
t(lambda: '<%5.2o>' % (0.0,))
t(lambda: '<%#*F>' % (5, -1,))
t(lambda: '<% #5%>' % ())
t(lambda: '<%*F>' % (6, -0.0,))
t(lambda: '<%+12.5i>' % (1,))
t(lambda: '<%+*.0%>' % (-7,))
t(lambda: '<% -12.*f>' % (5, 1e-7,))
t(lambda: '<%-.5a>' % (1e20,))
t(lambda: '<%-1F>' % (1e20,))
t(lambda: '<%#.5X>' % (255,))
t(lambda: '<%-*X>' % (-7, 1e20,))
t(lambda: '<%5E>' % (-2**70,))
t(lambda: '<%#+.2x>' % (1,))
t(lambda: '<%#12.0d>' % (12345.6789,))
t(lambda: '<% .0o>' % (1e-7,))
t(lambda: '<%+1.*d>' % (6, None,))
t(lambda: '<%#-*x>' % (0, 1e-7,))
t(lambda: '<%-+5.0d>' % (-255,))
t(lambda: '<%12.5o>' % (-2**70,))
t(lambda: '<%*a>' % (-2, 0.0,))
t(lambda: '<%1.2e>' % ('héllo',))
t(lambda: '<%+1f>' % (1,))
t(lambda: '<%+a>' % (1,))
t(lambda: '<%12.0f>' % (3.14159,))
t(lambda: '<%5.2X>' % ('héllo',))
t(lambda: '<%- 1.*i>' % (3, 0.0,))
t(lambda: '<% 1%>' % ())
t(lambda: '<%+ 12.*r>' % (4, float("inf"),))
t(lambda: '<% +12.*%>' % (1,))
t(lambda: '<%+5.0E>' % ('héllo',))
t(lambda: '<%05.2r>' % (True,))
t(lambda: '<%#*%>' % (-7,))
t(lambda: '<%01a>' % (255,))
t(lambda: '<%5.*e>' % (1, None,))
t(lambda: '<%+#*.0r>' % (0, 'héllo',))
t(lambda: '<%0*.2d>' % (7, 'ab',))
t(lambda: '<%-#*.0X>' % (-5, float("inf"),))
t(lambda: '<%0-5F>' % (12345.6789,))
t(lambda: '<%.5c>' % (1e20,))
t(lambda: '<%*.*s>' % (-4, 2, 'ab',))
t(lambda: '<%#01.5f>' % (1e-7,))
t(lambda: '<%1.2r>' % (float("nan"),))
t(lambda: '<%c>' % (0,))
t(lambda: '<%12.5E>' % (float("nan"),))
t(lambda: '<%0+12.5r>' % (12345.6789,))
t(lambda: '<%-.*g>' % (5, 2**70,))
t(lambda: '<%.2F>' % (True,))
t(lambda: '<%1.2d>' % (float("nan"),))
t(lambda: '<%+#1.5s>' % (2**70,))
t(lambda: '<% -12i>' % (float("inf"),))
t(lambda: '<%-+*o>' % (4, 0.0,))
t(lambda: '<% 1X>' % (0.0,))
t(lambda: '<%*c>' % (5, 'héllo',))
t(lambda: '<%-5.*%>' % (3,))
t(lambda: '<%1g>' % (-0.0,))
t(lambda: '<%o>' % (1e-7,))
t(lambda: '<% -12.5c>' % (-0.5,))
t(lambda: '<%+ 1e>' % (1e-7,))
t(lambda: '<%*c>' % (5, -0.5,))
t(lambda: '<%12.*E>' % (6, -255,))
t(lambda: '<% -5.2c>' % (0.0,))
t(lambda: '<%- 5.*a>' % (1, float("inf"),))
t(lambda: '<%12E>' % (-1,))
t(lambda: '<%-05.*o>' % (1, 0,))
t(lambda: '<%012s>' % ('ab',))
t(lambda: '<%-*.2%>' % (4,))
t(lambda: '<%5a>' % (-0.5,))
t(lambda: '<%01i>' % (255,))
t(lambda: '<%+#.2r>' % (-0.5,))
t(lambda: '<%.0a>' % (0.0,))
t(lambda: '<%#05.*G>' % (3, 1e20,))
t(lambda: '<%+5.2E>' % (-2**70,))
t(lambda: '<%-5.2a>' % (1e-7,))
t(lambda: '<% 5.0a>' % (None,))
t(lambda: '<%-0.2x>' % (1e20,))
t(lambda: '<%12s>' % (1e-7,))
t(lambda: '<%-#5.2x>' % (None,))
t(lambda: '<%0.5r>' % (0.0,))
t(lambda: '<%+1.5X>' % (0.0,))
t(lambda: '<%+ .*i>' % (0, -0.0,))
t(lambda: '<%-5.5F>' % (0.0,))
t(lambda: '<%0-5.*i>' % (5, 1,))
t(lambda: '<%0 .2e>' % (1e-7,))
t(lambda: '<%*.2x>' % (-7, 1,))
t(lambda: '<%12.5f>' % (-0.5,))
t(lambda: '<% *.0i>' % (-8, True,))
t(lambda: '<% #1a>' % (float("nan"),))
t(lambda: '<%-12g>' % (-0.5,))
t(lambda: '<%+*%>' % (5,))
t(lambda: '<%#5.5g>' % ('héllo',))
t(lambda: '<%1.0e>' % (-1,))
t(lambda: '<% 1c>' % (-0.5,))
t(lambda: '<%+.2o>' % (-2**70,))
t(lambda: '<%0#o>' % (255,))
t(lambda: '<%-+1.*g>' % (0, -1,))
t(lambda: '<%*F>' % (-8, float("nan"),))
t(lambda: '<%F>' % (12345.6789,))
t(lambda: '<%5.*X>' % (1, -255,))
t(lambda: '<%+*.0X>' % (-2, -2**70,))
t(lambda: '<%5.5a>' % ('ab',))
t(lambda: '<%+*X>' % (-7, -2**70,))
t(lambda: '<% 1%>' % ())
t(lambda: '<% 1f>' % (float("nan"),))
t(lambda: '<%+12.2E>' % (3.14159,))
t(lambda: '<%-1s>' % (-255,))
t(lambda: '<%#05.5G>' % ([1, 2],))
t(lambda: '<%5.2G>' % (-255,))
t(lambda: '<% +1%>' % ())
t(lambda: '<%-#12e>' % (True,))
t(lambda: '<%012.5e>' % (-255,))
t(lambda: '<%01.*G>' % (1, 1,))
t(lambda: '<%#.*E>' % (0, 'héllo',))
t(lambda: '<%#*.2r>' % (-7, True,))
t(lambda: '<%# .2g>' % (255,))
t(lambda: '<%#0f>' % (True,))
t(lambda: '<%*.2%>' % (-8,))
t(lambda: '<%-*i>' % (-2, 1e20,))
t(lambda: '<%5o>' % (0.0,))
t(lambda: '<%5.2c>' % (-0.5,))
t(lambda: '<%- 12.5x>' % (float("inf"),))
t(lambda: '<%01.2s>' % (0,))
t(lambda: '<%12.*X>' % (1, 2**70,))
t(lambda: '<%1.0i>' % (3.14159,))
t(lambda: '<%*.2f>' % (8, [1, 2],))
t(lambda: '<%-*.*i>' % (3, 1, 0,))
t(lambda: '<%+12.*f>' % (3, -1,))
t(lambda: '<%# 1a>' % ('héllo',))
t(lambda: '<%#5.5e>' % ([1, 2],))
t(lambda: '<%+01.5f>' % (None,))
t(lambda: '<%.5s>' % ('héllo',))
t(lambda: '<%#1.*%>' % (0,))
t(lambda: '<%-5.5e>' % ([1, 2],))
t(lambda: '<%1.0%>' % ())
t(lambda: '<%1.2g>' % (12345.6789,))
t(lambda: '<%5.*E>' % (2, -0.0,))
t(lambda: '<%*.*G>' % (-3, 4, [1, 2],))
t(lambda: '<%+12.5c>' % (True,))
t(lambda: '<%5r>' % (-0.0,))
t(lambda: '<%+*.0E>' % (-4, -1,))
t(lambda: '<%+1.*g>' % (4, 255,))
t(lambda: '<%.0g>' % (1e-7,))
t(lambda: '<%0#1.0X>' % (float("nan"),))
t(lambda: '<% +5%>' % ())
t(lambda: '<%+*.*e>' % (-1, 0, 2**70,))
t(lambda: '<%12.*x>' % (2, 1e20,))
t(lambda: '<%.2a>' % ('héllo',))
t(lambda: '<%#1s>' % (-2**70,))
t(lambda: '<%5%>' % ())
t(lambda: '<%5.*f>' % (4, -255,))
t(lambda: '<%# 5.0a>' % (3.14159,))
t(lambda: '<%+12i>' % (True,))
t(lambda: '<% 01.5E>' % (float("inf"),))
t(lambda: '<%i>' % (-255,))
t(lambda: '<%5o>' % (-0.0,))
t(lambda: '<%0.2F>' % (2**70,))
t(lambda: '<%*.5i>' % (-1, 3.14159,))
t(lambda: '<% 1.5s>' % ([1, 2],))
t(lambda: '<% +*c>' % (-4, 1e20,))
t(lambda: '<%12.5d>' % (-1,))
t(lambda: '<%0+12.5x>' % (255,))
t(lambda: '<% -12.2c>' % (float("inf"),))
t(lambda: '<%-5.*G>' % (3, [1, 2],))
t(lambda: '<%+1f>' % (2**70,))
t(lambda: '<%+#.2c>' % (255,))
t(lambda: '<%#+*X>' % (-5, -1,))
t(lambda: '<%5.2o>' % (0.0,))
t(lambda: '<%05.2c>' % (-0.0,))
t(lambda: '<%#012.0f>' % (True,))
t(lambda: '<%o>' % (255,))
t(lambda: '<%#e>' % (-2**70,))
t(lambda: '<%0+12.5i>' % (-0.5,))
t(lambda: '<%-+.0e>' % (float("nan"),))
t(lambda: '<%1.0c>' % (1e20,))
t(lambda: '<%#*i>' % (7, True,))
t(lambda: '<%#+r>' % (float("inf"),))
t(lambda: '<%+ .*X>' % (2, True,))
t(lambda: '<%0-12.0f>' % (-1,))
t(lambda: '<%.2X>' % (float("nan"),))
t(lambda: '<%12.*e>' % (2, 1,))
t(lambda: '<%0 12.*G>' % (1, 1,))
t(lambda: '<% +*a>' % (-3, -255,))
t(lambda: '<%5d>' % (3.14159,))
t(lambda: '<%+12.*r>' % (6, [1, 2],))
t(lambda: '<%1.0E>' % (-255,))
t(lambda: '<% 12.2a>' % (True,))
t(lambda: '<%+.*r>' % (4, [1, 2],))
t(lambda: '<%012.0s>' % (-255,))
t(lambda: '<%12%>' % ())
t(lambda: '<%0.*x>' % (1, -0.5,))
t(lambda: '<%0 5.0x>' % (0,))
t(lambda: '<%1.2a>' % (None,))
t(lambda: '<%5.*r>' % (6, 'ab',))
t(lambda: '<%5.0X>' % (-0.5,))
t(lambda: '<%#5.5g>' % (1,))
t(lambda: '<%5.*o>' % (0, -0.0,))
t(lambda: '<%12.2x>' % (1e-7,))
t(lambda: '<%+.2r>' % (12345.6789,))
t(lambda: '<%05r>' % (float("inf"),))
t(lambda: '<% 1r>' % (1,))
t(lambda: '<% 5.5G>' % (0,))
t(lambda: '<%0*s>' % (-6, float("nan"),))
t(lambda: '<%0*.0%>' % (-3,))
t(lambda: '<%.0E>' % (None,))
t(lambda: '<%1.5F>' % (0.0,))
t(lambda: '<%+12.2G>' % (-1,))
t(lambda: '<%1.5s>' % ('ab',))
t(lambda: '<%0.*r>' % (1, True,))
t(lambda: '<% 012.0r>' % (-0.0,))
t(lambda: '<%5d>' % (3.14159,))
t(lambda: '<%- 12.2i>' % ('ab',))
t(lambda: '<% -.0o>' % (255,))
t(lambda: '<%X>' % (float("inf"),))
t(lambda: '<%-1.*o>' % (5, 3.14159,))
t(lambda: '<%12F>' % (-0.5,))
t(lambda: '<%#1.2d>' % (float("nan"),))
t(lambda: '<%#1.2E>' % (None,))
t(lambda: '<%+12.*e>' % (6, True,))
t(lambda: '<%5.2e>' % (-0.5,))
t(lambda: '<%.*o>' % (4, 2**70,))
t(lambda: '<%012.5F>' % (-2**70,))
t(lambda: '<%+5.5G>' % (-0.5,))
t(lambda: '<%g>' % (0,))
t(lambda: '<%#1.0o>' % (float("inf"),))
t(lambda: '<%12.0a>' % (12345.6789,))
t(lambda: '<%+*.*X>' % (-1, 6, 1,))
t(lambda: '<%012.*a>' % (4, -0.5,))
t(lambda: '<%01.*e>' % (0, float("nan"),))
t(lambda: '<%1a>' % (1,))
"#, r#"TypeError %X format: an integer is required, not float
ValueError cannot convert float NaN to integer
TypeError %c requires int or char
'<255>'
'<000255>'
'<-1>'
'<          +1>'
TypeError %d format: a real number is required, not NoneType
'<>'
'<0e+00>'
'<-1>'
'<        -0.5>'
'<+0>'
'<+0255>'
'<+00001>'
'<1.18059E+21>'
'<            >'
'< 1.000000e+20>'
'< 12345.678900>'
'<nan >'
'<0.000000E+00>'
'<inf>'
'<00003>'
'< 3>'
'<       >'
'<          Tr>'
'<        -1.0>'
'<1180591620717411303424>'
TypeError %o format: an integer is required, not float
'< inf>'
'<3>'
'<-200000000000000000000000>'
'<n     >'
'<00000>'
'<-01>'
TypeError not enough arguments for format string
'<0           >'
TypeError %c requires int or char
'<-0.00000E+00>'
'<-00001      >'
'<-1>'
TypeError not enough arguments for format string
TypeError %i format: a real number is required, not str
TypeError %X format: an integer is required, not NoneType
'<+1.18E+21>'
'<ff>'
'<1>'
'<1.00000e+00>'
'<+0.00e+00>'
TypeError %x format: an integer is required, not list
'<   -0>'
'<-255.000000>'
'<0>'
TypeError %c requires int or char
TypeError must be real number, not NoneType
'<+1180591620717411303424.00>'
TypeError %c requires int or char
'<03>'
'<1e+00>'
'<-0.5 >'
'<-1180591620717411303424>'
'<  000>'
'<0.000000E+00>'
'<3>'
TypeError %X format: an integer is required, not float
TypeError must be real number, not NoneType
'< >'
'<1e-07 >'
TypeError not enough arguments for format string
'<   -0>'
'<0       >'
'<   -ff>'
'<  >'
'<True   >'
'<11>'
'<+1    >'
TypeError %o format: an integer is required, not float
'<0.00E+00>'
'<-2.55e+02>'
TypeError %i format: a real number is required, not NoneType
TypeError %d format: a real number is required, not str
'<inf>'
'<        -255>'
TypeError %o format: an integer is required, not float
'<-0.00>'
'<12345>'
'<>'
'<100000000000000000000.00>'
'<1e-07>'
'< 0000>'
'<0>'
'<    \x01>'
'<[1, 2]>'
TypeError %X format: an integer is required, not float
'< INF>'
'<1.2e+21>'
'<         255>'
TypeError must be real number, not list
TypeError %i format: a real number is required, not list
TypeError must be real number, not list
TypeError %i format: a real number is required, not NoneType
TypeError %o format: an integer is required, not float
'<1180591620717411303424>'
TypeError %o format: an integer is required, not float
TypeError must be real number, not str
'<         inf>'
TypeError not enough arguments for format string
TypeError %o format: an integer is required, not float
'<         nan>'
'<0.0>'
'<0.000000>'
'<    \x01>'
TypeError must be real number, not str
'<255.00>'
'<-11805>'
'<1.18059E+21>'
'<           3>'
'<0.000000>'
TypeError %o format: an integer is required, not float
TypeError %x format: an integer is required, not float
'<-5e-01>'
'<>'
'<           0>'
'<-255>'
TypeError %x format: an integer is required, not float
TypeError %X format: an integer is required, not str
'<   -1>'
TypeError %c requires int or char
'<       11805>'
'<-0001>'
'< +377>'
'<000000>'
'<            >'
'<255.        >'
'<+0.00000>'
'<100000000000000000000>'
'<1E-07>'
'<0>'
'<0>'
TypeError must be real number, not str
'< inf        >'
'<0>'
TypeError %o format: an integer is required, not float
'< 0.000000>'
'<-1>'
'<1e-07>'
'<+000>'
TypeError %X format: an integer is required, not float
'<0.0000>'
'<+1180591620717411303424.00000>'
'<     1.2e+21>'
'<        True>'
'<      +00001>'
'<00>'
TypeError %c requires int or char
'<  inf>'
'< 1>'
'<1180591620717411303424>'
'<3.14159>'
'< 1180591620717411303424.000000>'
'<1>'
'<           1>'
TypeError %i format: a real number is required, not str
TypeError not enough arguments for format string
'<           1>'
'<   12>'
'<   -0.500000>'
TypeError must be real number, not NoneType
'< 1.00000e+00>'
'<-01>'
TypeError %c requires int or char
TypeError must be real number, not list
'< 1>'
'< 0.000000E+00>'
'<0.000000E+00>'
TypeError %x format: an integer is required, not float
'<inf>'
TypeError %d format: a real number is required, not str
'<100000000000000000000.000000>'
'<+1.0E-07>'
'<-1.00>'
TypeError %o format: an integer is required, not str
'<12345.6789>'
'<-2.55000E+02>'
'< 00000>'
'<       >'
'<    1>'
'<-0.0000e+00 >'
'<3>'
ValueError cannot convert float NaN to integer
TypeError not enough arguments for format string
'<00>'
'<nan>'
'<          +0>'
'<ff          >'
'<-0.000000E+00>'
'<00>'
TypeError must be real number, not str
'<    -1.00000>'
'<3.14159>'
'<-400000000000000000>'
'<-1.0e+00>'
TypeError %x format: an integer is required, not NoneType
'<-5.000000E-01>'
'<1>'
'<-1  >'
TypeError not enough arguments for format string
TypeError not enough arguments for format string
OverflowError %c arg not in range(0x110000)
TypeError %o format: an integer is required, not float
TypeError %c requires int or char
'<in>'
TypeError must be real number, not list
'<     255>'
'<    \x01>'
'<+12345.678900>'
'< 1>'
TypeError must be real number, not NoneType
'<-400000000000000000>'
TypeError must be real number, not NoneType
'<-255>'
'<255.00000>'
TypeError %o format: an integer is required, not float
'<-255>'
'<1.00000e+00>'
OverflowError %c arg not in range(0x110000)
'<-1.00000E+00>'
'<  12>'
'<         118>'
'<\x01  >'
TypeError %o format: an integer is required, not float
'<-0.5    >'
'<   -0.00E+00>'
'<2.550000E+02>'
'<         0.0>'
'<12345.6789>'
TypeError %c requires int or char
'< >'
TypeError %d format: a real number is required, not str
'<12345.7>'
'<00001>'
TypeError %x format: an integer is required, not float
'< >'
'<12345.67890>'
'<1.000000E+00>'
'<-00000000001>'
'<         0.0>'
'<2.550000E+02>'
OverflowError %c arg not in range(0x110000)
'<-255>'
'<000    >'
'<0x1>'
TypeError %X format: an integer is required, not float
'<1e+20>'
'<+1.000000>'
'<+0   >'
'< 1>'
'<255    >'
'<     1.2e+04>'
'<-1.18059E+21>'
TypeError %i format: a real number is required, not list
TypeError %c requires int or char
'<           0>'
'<  inf>'
'<           0>'
'<          -0>'
'<    0>'
TypeError %X format: an integer is required, not str
'<        +inf>'
TypeError %c requires int or char
TypeError %d format: a real number is required, not NoneType
'<           0>'
'< 0.>'
'<100000000000000000000>'
'<+0inf>'
TypeError %i format: a real number is required, not str
'<        0377>'
'<12345.68>'
TypeError not enough arguments for format string
'<   +0>'
TypeError %o format: an integer is required, not float
'< -255>'
ValueError cannot convert float NaN to integer
'<-5.000000E-01>'
'<     >'
'<Tr>'
'< 1>'
'< 12345>'
TypeError must be real number, not NoneType
TypeError must be real number, not str
TypeError not enough arguments for format string
TypeError not enough arguments for format string
'<+1e-07>'
'<           0>'
'<-1.000000e+00>'
OverflowError cannot convert float infinity to integer
TypeError %c requires int or char
TypeError %c requires int or char
'<-1.180592e+21>'
TypeError %X format: an integer is required, not float
'<-1180591620717411303424>'
'<1>'
'< 12345.7    >'
TypeError not enough arguments for format string
'<  INF>'
TypeError must be real number, not str
'<-0.50000>'
TypeError %o format: an integer is required, not float
TypeError must be real number, not list
'<3.14159E+00>'
'<0.00>'
'<     1>'
TypeError %c requires int or char
"<  'h\\xe9llo'>"
TypeError %o format: an integer is required, not NoneType
'<1       >'
TypeError %o format: an integer is required, not list
TypeError %o format: an integer is required, not float
'<1>'
TypeError %o format: an integer is required, not list
TypeError %o format: an integer is required, not float
OverflowError %c arg not in range(0x110000)
'<  255>'
'<+00>'
'<+1.E+00>'
'<00000>'
'<1180591620717411303424.00000>'
TypeError %X format: an integer is required, not float
TypeError %X format: an integer is required, not float
TypeError %c requires int or char
TypeError %o format: an integer is required, not str
'< -0.5>'
TypeError %c requires int or char
'<1.000000e+00>'
OverflowError %c arg not in range(0x110000)
'<-1180591620717411303424>'
'<    -377>'
'<-0.000000   >'
'<000000000003>'
'<-0.5>'
'<-1.00e+00>'
'<-5.00000E-01>'
'<-2.6E+02>'
'<1180591620717411303424>'
TypeError %x format: an integer is required, not float
'<       00000>'
TypeError must be real number, not list
'<         INF>'
'<       12345>'
ValueError cannot convert float NaN to integer
'<1.00000>'
'<   -0.5>'
OverflowError %c arg not in range(0x110000)
'<1>'
'< 000001>'
'<1    >'
TypeError must be real number, not str
'<1>'
TypeError %x format: an integer is required, not float
TypeError %o format: an integer is required, not float
TypeError %X format: an integer is required, not NoneType
OverflowError %c arg not in range(0x110000)
'<1.00>'
'<-5.00000E-01>'
'<           \x01>'
TypeError not enough arguments for format string
'<+0.00e+00>'
'<None>'
'<-0X400000000000000000>'
'<INF>'
TypeError not enough arguments for format string
'<0.00000>'
TypeError must be real number, not NoneType
TypeError %c requires int or char
'<         INF>'
TypeError %x format: an integer is required, not list
'<255.00>'
TypeError %d format: a real number is required, not list
'<-0>'
'<2.550000E+02>'
'<    0>'
'<+3.141590>'
'<12>'
TypeError %c requires int or char
'< +nan>'
'<-0000001.000>'
TypeError must be real number, not list
'<     INF>'
'<      [1, 2]>'
TypeError %x format: an integer is required, not float
'<3.141590e+00>'
'<1e+20>'
'< 01  >'
'<1180591620717411303424.00000>'
'<+INF>'
TypeError not enough arguments for format string
'<-0.5>'
'<200000000000000000000000>'
TypeError must be real number, not str
'<   -0>'
'<-1>'
'<2.55e+02>'
OverflowError cannot convert float infinity to integer
'<1e+20>'
TypeError not enough arguments for format string
'<\x01>'
TypeError not enough arguments for format string
'<0001.000E+20>'
'<-2.550000e+02>'
TypeError %x format: an integer is required, not float
TypeError must be real number, not str
TypeError %d format: a real number is required, not NoneType
'<         -1.>'
'<+12345>'
'<   >'
'<-255        >'
'<-1>'
TypeError %c requires int or char
'<          -2>'
TypeError must be real number, not NoneType
'<-3e+02>'
'<0o200000000000000000000000>'
'<3.14159>'
'<-5e-01      >'
TypeError %x format: an integer is required, not float
TypeError %x format: an integer is required, not float
TypeError must be real number, not NoneType
'<-0.00e+00>'
'<ab>'
TypeError %c requires int or char
'<        1e+2>'
'<0.00E+00>'
TypeError %X format: an integer is required, not float
'<1.00E+00    >'
TypeError not enough arguments for format string
TypeError %o format: an integer is required, not float
TypeError not enough arguments for format string
'< 0>'
'<0000001.e-07>'
TypeError %x format: an integer is required, not NoneType
'<+1e-07>'
'<1>'
'<+0.000000>'
TypeError %x format: an integer is required, not float
TypeError %c requires int or char
'<+ff>'
TypeError %i format: a real number is required, not str
TypeError not enough arguments for format string
'<-1.00E+00>'
TypeError %o format: an integer is required, not float
'<[1>'
TypeError %c requires int or char
'<0>'
'<+nan>'
'<12345.7>'
'<1.180592E+21>'
'<  255>'
'<  -FF>'
'< 1180591620717411303424.0>'
'<          -1>'
'<  INF>'
'<-00255>'
TypeError %o format: an integer is required, not str
'<          na>'
'<-0000>'
'<-0.00>'
'<  3.1>'
TypeError %X format: an integer is required, not float
'<    1>'
'< -0.0>'
TypeError %o format: an integer is required, not float
TypeError must be real number, not str
'<          ab>'
'<000000000255>'
'<INF>'
'<True>'
TypeError must be real number, not str
'<0.0 >'
'<1180591620717411303424>'
TypeError %X format: an integer is required, not float
'<INF>'
'<0    >'
'<   11>'
TypeError %X format: an integer is required, not float
'<000000>'
'< -0XFF>'
TypeError %i format: a real number is required, not str
'<-1.000000E+00>'
'<1.00000e+00>'
'<            >'
TypeError %c requires int or char
TypeError %X format: an integer is required, not float
'<+0NAN>'
TypeError not enough arguments for format string
'<255>'
"< '>"
TypeError %d format: a real number is required, not str
TypeError not enough arguments for format string
'<25    >'
TypeError %X format: an integer is required, not float
'<255>'
'<3.14>'
'<  0>'
'<1.E+21>'
OverflowError %c arg not in range(0x110000)
'<100000000000000000000>'
TypeError must be real number, not str
TypeError not enough arguments for format string
'<1.>'
'<-2.6e+02>'
TypeError %X format: an integer is required, not float
'<-ff>'
TypeError %o format: an integer is required, not NoneType
'<1.00e+20>'
'<00377   >'
TypeError %c requires int or char
TypeError must be real number, not NoneType
'<3.14159>'
TypeError not enough arguments for format string
TypeError must be real number, not NoneType
'<-1180591620717411303424.00>'
TypeError %x format: an integer is required, not float
'<-0>'
OverflowError %c arg not in range(0x110000)
'< 1>'
'<-0o377>'
'<-255.00>'
'<      >'
'<inf  >'
TypeError must be real number, not NoneType
'<255>'
'<NAN>'
'<1180591620717411303424>'
TypeError %i format: a real number is required, not list
TypeError must be real number, not list
'<    1.00e+00>'
'<-1180591620717411303424>'
TypeError %o format: an integer is required, not float
'<  12345.6789>'
'<+1.00000e+00>'
'<00001>'
TypeError %o format: an integer is required, not list
TypeError not enough arguments for format string
TypeError %x format: an integer is required, not float
'<ff>'
'<12345.679>'
TypeError not enough arguments for format string
'<na>'
TypeError must be real number, not str
TypeError %c requires int or char
'<-1.18059E+21>'
TypeError must be real number, not list
'<+12345.67890>'
'< 1.000000>'
TypeError not enough arguments for format string
TypeError %i format: a real number is required, not list
TypeError %x format: an integer is required, not float
'<-1>'
TypeError must be real number, not str
'<-0X400000000000000000>'
TypeError must be real number, not list
TypeError must be real number, not NoneType
'<-377>'
'<3.141590E+00>'
'<-1.2e+21>'
'<12346>'
'<   +0>'
'<0>'
'<\x01>'
OverflowError %c arg not in range(0x110000)
'<    +1.2e+04>'
'<0.000000>'
TypeError %o format: an integer is required, not float
'<-1.000000>'
TypeError not enough arguments for format string
'<-0.000000>'
'<      +00001>'
TypeError not enough arguments for format string
'< 0.00000    >'
'<1e+20>'
'<100000000000000000000.000000>'
'<0X000FF>'
TypeError %X format: an integer is required, not float
'<-1.180592E+21>'
'<+0x01>'
'<       12345>'
TypeError %o format: an integer is required, not float
TypeError %d format: a real number is required, not NoneType
TypeError %x format: an integer is required, not float
'<-255 >'
'<-200000000000000000000000>'
'<0.0>'
TypeError must be real number, not str
'<+1.000000>'
'<1>'
'<           3>'
TypeError %X format: an integer is required, not str
'< 000>'
TypeError not enough arguments for format string
'<         inf>'
TypeError not enough arguments for format string
TypeError must be real number, not str
'<   Tr>'
TypeError not enough arguments for format string
'<255>'
TypeError must be real number, not NoneType
'<>'
TypeError %d format: a real number is required, not str
TypeError %X format: an integer is required, not float
'<12345.678900>'
TypeError %c requires int or char
'<ab  >'
'<0.00000>'
'<na>'
'<\x00>'
'<         NAN>'
'<       12345>'
'<1.1806e+21>'
'<1.00>'
ValueError cannot convert float NaN to integer
'<11805>'
OverflowError cannot convert float infinity to integer
TypeError %o format: an integer is required, not float
TypeError %X format: an integer is required, not float
TypeError %c requires int or char
TypeError not enough arguments for format string
'<-0>'
TypeError %o format: an integer is required, not float
TypeError %c requires int or char
'<+1.000000e-07>'
TypeError %c requires int or char
'<-2.550000E+02>'
TypeError %c requires int or char
'<i    >'
'<-1.000000E+00>'
'<0    >'
'<          ab>'
TypeError not enough arguments for format string
'< -0.5>'
'<255>'
'<-0>'
'<>'
'<1.00E+20>'
'<-1.18E+21>'
'<1e   >'
'<     >'
TypeError %x format: an integer is required, not float
'<       1e-07>'
TypeError %x format: an integer is required, not NoneType
'<0.0>'
TypeError %X format: an integer is required, not float
'<+0>'
'<0.00000>'
'<00001>'
'< 1.00e-07>'
'<01     >'
'<    -0.50000>'
'< 1      >'
'<nan>'
'<-0.5        >'
TypeError not enough arguments for format string
TypeError must be real number, not str
'<-1e+00>'
TypeError %c requires int or char
'<-200000000000000000000000>'
'<0o377>'
'<-1>'
'<NAN     >'
'<12345.678900>'
'<  -FF>'
'<-400000000000000000>'
"< 'ab'>"
'<-400000000000000000>'
TypeError not enough arguments for format string
'< nan>'
'<   +3.14E+00>'
'<-255>'
TypeError must be real number, not list
'<-2.6E+02>'
TypeError not enough arguments for format string
'<1.000000e+00>'
'<-2.55000e+02>'
'<1>'
TypeError must be real number, not str
'<Tr     >'
'< 2.6e+02>'
'<1.000000>'
TypeError not enough arguments for format string
'<100000000000000000000>'
TypeError %o format: an integer is required, not float
TypeError %c requires int or char
TypeError %x format: an integer is required, not float
'<0>'
'<400000000000000000>'
'<3>'
TypeError must be real number, not list
'<0  >'
'<      -1.000>'
"<'h\\xe9llo'>"
TypeError must be real number, not list
TypeError must be real number, not NoneType
'<héllo>'
TypeError not enough arguments for format string
TypeError must be real number, not list
TypeError not enough arguments for format string
'<1.2e+04>'
'<-0.00E+00>'
TypeError must be real number, not list
'<           \x01>'
'< -0.0>'
'<-1E+00>'
'<+255>'
'<1e-07>'
TypeError %X format: an integer is required, not float
TypeError not enough arguments for format string
'<+1e+21>'
TypeError %x format: an integer is required, not float
"<'h>"
'<-1180591620717411303424>'
TypeError not enough arguments for format string
'<-255.0000>'
'<     >'
'<          +1>'
'< INF>'
'<-255>'
TypeError %o format: an integer is required, not float
'<1180591620717411303424.00>'
'<00003>'
'<[1, 2>'
TypeError %c requires int or char
'<      -00001>'
'<+000000000ff>'
TypeError %c requires int or char
TypeError must be real number, not list
'<+1180591620717411303424.000000>'
'<ÿ>'
'<-0X1 >'
TypeError %o format: an integer is required, not float
TypeError %c requires int or char
'<00000000001.>'
'<377>'
'<-1.180592e+21>'
'<+00000000000>'
'<+nan>'
TypeError %c requires int or char
'<      1>'
'<inf>'
'<+01>'
'<-1          >'
TypeError %X format: an integer is required, not float
'<    1.00e+00>'
'< 00000000001>'
'<-255>'
'<    3>'
'<      [1, 2]>'
'<-3E+02>'
'<          Tr>'
'<[1, >'
'<            >'
TypeError not enough arguments for format string
TypeError %x format: an integer is required, not float
'< 0000>'
'<No>'
"< 'ab'>"
TypeError %X format: an integer is required, not float
'<1.0000>'
TypeError %o format: an integer is required, not float
TypeError %x format: an integer is required, not float
'<12>'
'<  inf>'
'<1>'
'<    0>'
'<nan   >'
TypeError not enough arguments for format string
TypeError must be real number, not NoneType
'<0.00000>'
'<          -1>'
'<ab>'
'<T>'
'<            >'
'<    3>'
TypeError %i format: a real number is required, not str
'< 377>'
TypeError %X format: an integer is required, not float
TypeError %o format: an integer is required, not float
'<   -0.500000>'
ValueError cannot convert float NaN to integer
TypeError must be real number, not NoneType
'<+1.000000e+00>'
'<-5.00e-01>'
'<200000000000000000000000>'
'<-1180591620717411303424.00000>'
'< -0.5>'
'<0>'
TypeError %o format: an integer is required, not float
'<            >'
'<+000001>'
'<        -0.5>'
'<nan>'
'<1>'
"#);
}

#[test]
fn format_objects() {
    check("format_objects", r#"class P:
    def __init__(self, x, y): self.x, self.y = x, y
    def __format__(self, spec): return f"P<{self.x},{self.y}:{spec}>"
    def __str__(self): return "Pstr"
    def __repr__(self): return "Prepr"
p = P(1, 2)
print(f"{p}", f"{p:abc}", format(p, "z"), "{:q}".format(p), "{0.x}/{0.y}".format(p), f"{p!r}", f"{p!s}")
print("{:>{w}.{p}f}".format(3.14159, w=10, p=3), "{:{}}".format("a", 3), "{0:{1}}".format(5, "03"))
print("{:,}".format(1234567), "{:_}".format(1234567), "{:.2%}".format(0.1234), "{:e}".format(12345.6789), "{:g}".format(1e-7))
print("{:c}".format(97), "{:o}".format(8), "{:#o}".format(8), "{:b}".format(5), "{:X}".format(255), "{:n}".format(1234))
print("{a[0]}{a[1]}".format(a="xy"), "{0[a]}".format({"a": 1}), "{d[key]}".format(d={"key": 3}))
print("%-6s|%6s|%-+6d|%06.2f|%.0f|%5.1e" % ("ab", "cd", 5, 3.14159, 2.5, 12345.0))
print("%s %s" % ("a", ("b", "c")), "%s" % (("x",),), "%d%%" % 50)
print("%(a)s-%(b)05.1f" % {"a": "A", "b": 2.25}, "%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%i %u" % (3, 4), "%r %a" % ("é", "é"), "%5.2s|" % "abc", "%#x %#X %#o" % (255, 255, 8))
print("%.3d" % 7, "%+.2d" % 7, "%x" % -255, "%o" % -8, "%d" % 3.99, "%d" % -3.99, "%s" % 1.0, "%s" % 1e16)
print("%g %g %g %g" % (100000, 1000000, 0.0001, 0.00001), "%G" % 1e-10, "%.3g" % 3.14159)
print("%d" % True, "%s" % True, "%f" % 1, "%e" % 0)
print(f"{1e100:f}"[:20], f"{-0.0}", f"{-0.0:.1f}", f"{float('nan'):5}|", f"{float('-inf'):+}")
print(f"{'x':<{3}}|", f"{42:+05d}", f"{42: d}", f"{-42:=8d}", f"{3.5:=+8.2f}", f"{12:^#8x}")
print(f"{10**25:,}", f"{-10**25:_x}", f"{2**64:e}", f"{123456789:.3e}", f"{0.1:.20f}")
print(str(12345678901234567890), repr(-0.5), str(1/7), 1e22, 1e21, 1.5e-7, 123e-20)
print(round(1/3, 5), round(-1.5), round(2.5, 0), round(0.125, 2), round(0.375, 2), round(1.005, 2), round(-0.0), round(7, -1), round(15, -1), round(25, -1))
print(print, len, repr(print))
print("a", "b", sep="", end="!\n")
print(*[1, 2, 3], sep=", ")
print()
print(None, sep=None, end=None)
class I:
    def __index__(self): return 3
print([0, 1, 2, 3, 4][I()], hex(I()), bin(I()), range(I()))
print(bool(I()), int("  -0  "), float("  -0  "), int("+5"), int("٣"))
print(abs(-2**70), divmod(-2**70, 7), pow(10, 30) % 97, pow(7, 2**70, 13), round(2**70 + 1, -5))
print(sum(x * 0.1 for x in range(10)), sum([], 10), sum(range(10), start=5), sum([[1]], start=[0]))
print(min("b", "a", "c"), max("abc", key=ord), min([(1, 2), (1, 1)]), max({1: "a", 3: "b"}))
print(any(x > 3 for x in range(5)), all(x < 3 for x in range(5)))
print(list(zip()), list(zip("ab")), dict(zip("ab", range(2))), list(enumerate([], 5)))
print(sorted(set("mississippi")), sorted(frozenset({3, 1})), list(map(str, range(3))), list(filter(lambda x: x % 2, range(6))))
"#, r#"P<1,2:> P<1,2:abc> P<1,2:z> P<1,2:q> 1/2 Prepr Pstr
     3.142 a   005
1,234,567 1_234_567 12.34% 1.234568e+04 1e-07
a 10 0o10 101 FF 1234
xy 1 3
ab    |    cd|+5    |003.14|2|1.2e+04
a ('b', 'c') ('x',) 50%
A-002.2     1|2   |3.14
3 4 'é' '\xe9'    ab| 0xff 0XFF 0o10
007 +07 -ff -10 3 -3 1.0 1e+16
100000 1e+06 0.0001 1e-05 1E-10 3.14
1 True 1.000000 0.000000e+00
10000000000000000159 -0.0 -0.0   nan| -inf
x  | +0042  42 -     42 +   3.50   0xc   
10,000,000,000,000,000,000,000,000 -8_4595_1614_0148_4a00_0000 1.844674e+19 1.235e+08 0.10000000000000000555
12345678901234567890 -0.5 0.14285714285714285 1e+22 1e+21 1.5e-07 1.23e-18
0.33333 -2 2.0 0.12 0.38 1.0 0 10 20 20
<built-in function print> <built-in function len> <built-in function print>
ab!
1, 2, 3

None
3 0x3 0b11 range(0, 3)
True 0 -0.0 5 3
1180591620717411303424 (-168655945816773043347, 5) 85 9 1180591620717411300000
4.500000000000001 10 50 [0, 1]
a c (1, 1) 3
True False
[] [('a',), ('b',)] {'a': 0, 'b': 1} []
['i', 'm', 'p', 's'] [1, 3] ['0', '1', '2'] [1, 3, 5]
"#);
}

#[test]
fn subclasses() {
    check("subclasses", r#"class Meters(int):
    pass
class MyList(list):
    def total(self): return sum(self)
class MyDict(dict):
    pass
class MyStr(str):
    pass
m = Meters(5)
print(m + 1, m.bit_length(), int(m), float(m), hex(m), isinstance(m, int))
ml = MyList([3, 1, 2]); ml.append(0); ml.sort(); print(list(ml), ml.total(), len(ml), ml.index(2), ml.count(1))
md = MyDict(a=1); md.update(b=2); print(dict(md), md.get("a"), list(md.items()), md.setdefault("c", 0))
ms = MyStr("Hello World"); print(ms.upper(), ms.split(), ms.find("W"), ms.startswith("He"), "-".join([ms, "x"]), ms.lower().title())
print(dict(MyDict.fromkeys("ab", 1)), type(MyDict.fromkeys("ab", 1)).__name__)
"#, r#"6 3 5 5.0 0x5 True
[0, 1, 2, 3] 6 4 2 1
{'a': 1, 'b': 2} 1 [('a', 1), ('b', 2)] 0
HELLO WORLD ['Hello', 'World'] 6 True Hello World-x Hello World
{'a': 1, 'b': 1} MyDict
"#);
}

#[test]
fn io_redirect() {
    check("io_redirect", r#"import sys
class Cap:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s); return len(s)
    def flush(self): pass
c = Cap()
old = sys.stdout
sys.stdout = c
print("captured", 1, 2)
sys.stdout = old
print("back", c.parts)
"#, r#"back ['captured', ' ', '1', ' ', '2', '\n']
"#);
}

#[test]
fn eval_exec() {
    check("eval_exec", r#"x = 10
print(eval("x + 1"), eval("[i*i for i in range(4)]"), eval(" 2**10"), eval("y", {"y": 5}), eval("a+b", {}, {"a": 1, "b": 2}))
def f(a):
    b = 3
    return eval("a * b")
print(f(7))
exec("z = 42\ndef g(): return z + 1")
print(z, g())
ns = {}
exec("import math\nr = 2 * 3", ns)
print(ns["r"], sorted(k for k in ns if not k.startswith("__")))
c = compile("1 + 2", "<s>", "eval")
print(eval(c))
exec(compile("w = 9", "<s>", "exec"))
print(w)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_name")
except NameError as e:
    print(e)
"#, r#"11 [0, 1, 4, 9] 1024 5 3
21
42 43
6 ['math', 'r']
3
9
SyntaxError invalid syntax
name 'undefined_name' is not defined
"#);
}

#[test]
fn numeric_fuzz() {
    check("numeric_fuzz", r#"def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: round(7.581454333883296e-148, -1))
t(lambda: round(-51892.92690574692, -5))
t(lambda: round(-1.4204294611674214e+196, 5))
t(lambda: round(3.132872124271458e-72, -400))
t(lambda: round(672.923, -2))
t(lambda: round(2.5, 2))
t(lambda: round(0.0, 10))
t(lambda: round(-969.706525, 0))
t(lambda: round(-2.448449741367939e-196))
t(lambda: round(-937.976497, 3))
t(lambda: round(437.648, -400))
t(lambda: round(0.375, -2))
t(lambda: round(1e+22, 5))
t(lambda: round(-731701.7781903348, -1))
t(lambda: round(1.7872234745421953e+302, 2))
t(lambda: round(7.3695710461578e+229, 400))
t(lambda: round(-2.5, -2))
t(lambda: round(-228.27, 10))
t(lambda: round(168.5, 20))
t(lambda: round(-942679.2583405888, 3))
t(lambda: round(342547.0843250365, 1))
t(lambda: round(0.125, 10))
t(lambda: round(138215.00694864686, -400))
t(lambda: round(1e-320, -5))
t(lambda: round(1.9936760162282153e-230, 5))
t(lambda: round(979612.0298431625, 0))
t(lambda: round(-866.8))
t(lambda: round(1.033487229852226e+204, 0))
t(lambda: round(-465857819254798.94))
t(lambda: round(172.7502, 3))
t(lambda: round(997.02))
t(lambda: round(-8.57543232497259e-265))
t(lambda: round(942857.3162546176, 3))
t(lambda: round(2.5, -400))
t(lambda: round(1.1287636160362931e+111, -1))
t(lambda: round(-723.347904, -2))
t(lambda: round(739.783, 20))
t(lambda: round(361941.6737446345, 0))
t(lambda: round(-0.0, 10))
t(lambda: round(-5.247016173743949e-37, -400))
t(lambda: round(2.760075382669891e+231, 3))
t(lambda: round(97.0, 400))
t(lambda: round(160.0, -2))
t(lambda: round(1e-320, 1))
t(lambda: round(9.623377882235061e+101, 5))
t(lambda: round(834.6772, -400))
t(lambda: round(2.5608546462887777e-281, -5))
t(lambda: round(1.8085421152881957e-282, -1))
t(lambda: round(1.9512766991279957e+60, -5))
t(lambda: round(2.5, -1))
t(lambda: round(1.6857438484554433e+147, -5))
t(lambda: round(1.2691497017510085e+157, 0))
t(lambda: round(0.5, -5))
t(lambda: round(2.5, 3))
t(lambda: round(307.45, 2))
t(lambda: round(356.12722, -400))
t(lambda: round(1.1284220528484078e+89, -1))
t(lambda: round(-0.5, 5))
t(lambda: round(921381.4909649524, 0))
t(lambda: round(300.4648, 5))
t(lambda: round(1.4630341211840533e-159))
t(lambda: round(-618.392388, -5))
t(lambda: round(2.6193870602840287e+111, 400))
t(lambda: round(-828931.9454691138, -5))
t(lambda: round(-740.62, 10))
t(lambda: round(-2.5, 5))
t(lambda: round(-166.189, -5))
t(lambda: round(841.2, 2))
t(lambda: round(-1.2118393683179254e+102, -5))
t(lambda: round(-131295.3746486978, -400))
t(lambda: round(1.4315109097880444e+255, 400))
t(lambda: round(1.005, 3))
t(lambda: round(779.40822, 0))
t(lambda: round(941928.2717557426, 0))
t(lambda: round(-909846.3798292804, 400))
t(lambda: round(-0.5, -2))
t(lambda: round(-973.71101, 0))
t(lambda: round(6.441788833519116e-14, 20))
t(lambda: round(1.687030269052092e+202))
t(lambda: round(224327.8192518251, -1))
t(lambda: round(-1.0261280354083976e+138, 10))
t(lambda: round(564.65, 2))
t(lambda: round(-1.064956691716445e+170, 0))
t(lambda: round(4.171243772905286e+29, 400))
t(lambda: round(2.0777748756260522e-299, 5))
t(lambda: round(0.0, -2))
t(lambda: round(0.01458908074644978, 3))
t(lambda: round(1.005, -2))
t(lambda: round(-9.958969648634842e+32))
t(lambda: round(550491.0368749988))
t(lambda: round(2.4391347657510855e+287))
t(lambda: round(-827743.9845293084, 10))
t(lambda: round(-686.0, -1))
t(lambda: round(-220.73, -1))
t(lambda: round(2.8498067928583577e+97, -2))
t(lambda: round(2.3524846393444556e-304, -400))
t(lambda: round(-0.0, 0))
t(lambda: round(-914.077, -5))
t(lambda: round(1.005, -2))
t(lambda: round(0.5, -5))
t(lambda: round(-893870.4673585276, 20))
t(lambda: round(405.761, -400))
t(lambda: round(-964.1, 10))
t(lambda: round(2.1171407596299865e-220, 400))
t(lambda: round(-148.0, -1))
t(lambda: round(795.708396, 3))
t(lambda: round(8.193714960396946e-157, -400))
t(lambda: round(1.005, 400))
t(lambda: round(-782.74, -5))
t(lambda: round(623.2416))
t(lambda: round(-528.059))
t(lambda: round(128.64331, -2))
t(lambda: round(1.322253710684896e+113, 0))
t(lambda: round(-1.0777080181809959e-94, 5))
t(lambda: round(904822.6369097056, -5))
t(lambda: round(6.188347569191112e-264, 400))
t(lambda: round(58.0, 0))
t(lambda: round(-800.1731))
t(lambda: round(738.8, 0))
t(lambda: round(-1.0992607372196456e-128, 2))
t(lambda: round(400.227, 3))
t(lambda: round(-206.72, 10))
t(lambda: round(-833.479, 2))
t(lambda: round(-174337.2553050113, -400))
t(lambda: round(-169457.91705193964, -5))
t(lambda: round(1e-320, 10))
t(lambda: round(2.5, 20))
t(lambda: round(775.1, 0))
t(lambda: round(-32.99753, 10))
t(lambda: round(172936.4353256023, 1))
t(lambda: round(4.474280346045681e-63, 1))
t(lambda: round(-370.3, -400))
t(lambda: round(559.07046, -400))
t(lambda: round(190450.07010757132, -5))
t(lambda: round(-465.7, 3))
t(lambda: round(-1.0652215400372303e+67, -2))
t(lambda: round(3.4576090980898984e+136, 2))
t(lambda: round(548.4, -2))
t(lambda: round(-40820.27522491361, -5))
t(lambda: round(-4.499996547070794e+104, 20))
t(lambda: round(-37.40136, 0))
t(lambda: round(-199475.38102991728, -400))
t(lambda: round(-908307.2920531749, 2))
t(lambda: round(296499.7249497229, 400))
t(lambda: round(-0.5, 3))
t(lambda: round(-1.3632862572519898e+32, 3))
t(lambda: round(-3.2458326331230726e-56, 20))
t(lambda: round(799519.9998285847, 3))
t(lambda: round(3.2515340334001786e+78, 1))
t(lambda: round(458.0, 0))
t(lambda: round(-1.6896384229596939e+202, 3))
t(lambda: round(-1.1613306173039567e-209, -400))
t(lambda: round(0.5))
t(lambda: round(-127.557, 0))
t(lambda: round(-8.123113671067514e-10, 5))
t(lambda: round(89.0, 3))
t(lambda: round(6.355420157919457e-170, 5))
t(lambda: round(817524.0047414356, 0))
t(lambda: round(401.40485, 400))
t(lambda: round(-99.17652, 20))
t(lambda: round(-0.0, 3))
t(lambda: round(-7.836716488894176e+260, -1))
t(lambda: round(1.005, 10))
t(lambda: round(-5.983840224166292e-298, -1))
t(lambda: round(-1.6532969790249637e-88, -400))
t(lambda: round(-636.04042, -400))
t(lambda: round(2.5, -1))
t(lambda: round(310742.62342211255, 0))
t(lambda: round(2.443204543367511e-134, -1))
t(lambda: round(1e-320, -5))
t(lambda: round(-398.9, 5))
t(lambda: round(564.42288, 0))
t(lambda: round(-708778.5906184602, 10))
t(lambda: round(479.28, 0))
t(lambda: round(9.604750898575878e-243, 1))
t(lambda: round(3.4476477818787266e+26, 2))
t(lambda: round(1.005, -1))
t(lambda: round(890086.7015620894, 5))
t(lambda: round(543.42, 5))
t(lambda: round(-775738.2370295738, 3))
t(lambda: round(362.9636, 400))
t(lambda: round(-775814.396368773, -400))
t(lambda: round(-7.062758712958732e-99, -400))
t(lambda: round(966.8, -5))
t(lambda: round(0.0, -2))
t(lambda: round(1.005, 10))
t(lambda: round(1.698924361573891e-59, 3))
t(lambda: round(-413.965404, 400))
t(lambda: round(-185.545684, -2))
t(lambda: round(812.33, 20))
t(lambda: round(58.15672, 3))
t(lambda: round(335283.1227194094))
t(lambda: round(123456.5, 20))
t(lambda: round(-47899128.65460738, 20))
t(lambda: round(-1.6114285269545368e-279, 20))
t(lambda: round(-613.1272, 2))
t(lambda: round(-2.410365751460453e+217, 20))
t(lambda: round(-776852.8079091825, 3))
t(lambda: round(784100.7285208881, 1))
t(lambda: round(-823.0))
t(lambda: round(-533.0, 5))
t(lambda: round(859.65, -1))
t(lambda: round(389319.430193563, 1))
t(lambda: round(-5.703707503419407e-184, 400))
t(lambda: round(431904.2426343642, -400))
t(lambda: round(995712.3369973945, 2))
t(lambda: round(722919.9886318843, -2))
t(lambda: round(-0.5, 5))
t(lambda: round(573.776, 0))
t(lambda: round(411671.4471701123, -2))
t(lambda: round(398.556, -2))
t(lambda: round(4.9769840569868667e+67))
t(lambda: round(514.198, 5))
t(lambda: round(9.753122499753745e-263, -400))
t(lambda: round(3.081469894616899e+149, 5))
t(lambda: round(192.9))
t(lambda: round(-482653.3081653677, -1))
t(lambda: round(-5.9422473123849495e-267, 2))
t(lambda: round(4.2398247264934176e-98, -5))
t(lambda: round(-663.0, 1))
t(lambda: round(9.542075323492488e+237, 5))
t(lambda: round(5.1449320448770864e-281, -2))
t(lambda: round(-184.51406, -400))
t(lambda: round(2.11547200684349e-260, -2))
t(lambda: round(817.9, 2))
t(lambda: round(1.3300586634755913e-73, 1))
t(lambda: round(-768.0, -5))
t(lambda: round(4.2458111457704e+50, 3))
t(lambda: round(883969.1648692475, 400))
t(lambda: round(-398903.6904488534, 2))
t(lambda: round(-939.77, 20))
t(lambda: round(-365911.4078623671))
t(lambda: round(1.5, -5))
t(lambda: round(1.5))
t(lambda: round(0.5, 1))
t(lambda: round(-36.3, 20))
t(lambda: round(-337.51252, 5))
t(lambda: round(-42.73, 20))
t(lambda: round(-188.40909481482112, -5))
t(lambda: round(0.375, 0))
t(lambda: round(-631778.8384868859, -2))
t(lambda: round(-2.2201260787966512e-250, -1))
t(lambda: round(556.672, 1))
t(lambda: round(729007.8659944402, -2))
t(lambda: round(106673.09700304852, 1))
t(lambda: round(-170.6, 5))
t(lambda: round(2.675, -1))
t(lambda: round(-5.608229009483919e-300, -400))
t(lambda: round(123456.5, -400))
t(lambda: round(-25.8, 1))
t(lambda: round(0.5, 5))
t(lambda: round(-5.292652691592546e-90, 20))
t(lambda: round(-1.6528150098412192e-184, 400))
t(lambda: round(1e+22))
t(lambda: round(793.78865, 20))
t(lambda: round(-260.0, 2))
t(lambda: round(911.0, -1))
t(lambda: round(-780.0, 20))
t(lambda: round(1.7580619405070166e-248, 1))
t(lambda: round(-713815.5313498185))
t(lambda: round(-1.5278513539067335e+268, 2))
t(lambda: round(-1.806775941721834e-289, -2))
t(lambda: round(814.4, 400))
t(lambda: round(564344.3344259248, 5))
t(lambda: round(1.0314189129457328e-257, 400))
t(lambda: round(-3.608274400174241e+134, 0))
t(lambda: round(3406909.7865676368, 0))
t(lambda: round(5.37238901166658e-34, 20))
t(lambda: round(1e-320, 5))
t(lambda: round(0.0, -400))
t(lambda: round(206.213, 400))
t(lambda: round(-6.779329678461937e+240, -5))
t(lambda: round(-241.0, 10))
t(lambda: round(-1.5539344950702892e-27, 20))
t(lambda: round(5.651277020604568e-72, 5))
t(lambda: round(1.005, 20))
t(lambda: round(0.375, 400))
t(lambda: round(1e+22, 10))
t(lambda: round(-6.163725346867077e+108))
t(lambda: round(-138.0, 3))
t(lambda: round(-0.5500975443282339, 2))
t(lambda: round(0.0, -400))
t(lambda: round(123456.5, 10))
t(lambda: round(-264449.44816747156, 2))
t(lambda: round(899208.194155585, 5))
t(lambda: round(966127.1781769588, 5))
t(lambda: round(840609.7447121968, 3))
t(lambda: round(-963762.1613653691, 0))
t(lambda: round(8.840331984796352e+54, 10))
t(lambda: round(279.0, 2))
t(lambda: round(-2.5, 5))
t(lambda: round(-310.42296, 2))
t(lambda: round(-2.5, 1))
t(lambda: round(-5.089501863825029e+195, -2))
t(lambda: round(-588.785, 400))
t(lambda: round(-431311.5630089748, -2))
t(lambda: round(752287.5910141261, -1))
t(lambda: round(-137412.06657976052, 5))
t(lambda: round(997.2, -1))
t(lambda: round(-423194.50847526104))
t(lambda: round(773.622548, 3))
t(lambda: round(-0.0, 10))
t(lambda: round(-1.6458843801165343e-149, 10))
t(lambda: round(2.549969759588232e-104))
t(lambda: round(-9.231543869191411e+24, 400))
t(lambda: round(958.579301, -1))
t(lambda: round(-929752.7150782852, 1))
t(lambda: round(1.432536344257271e+225, -1))
t(lambda: round(206973.54593896377, 400))
t(lambda: round(569800593555564.5, 2))
t(lambda: round(2.675, -2))
t(lambda: round(0.125))
t(lambda: round(-1.7950332964244592e-151, 20))
t(lambda: round(-3.327183906005125e+72, -5))
t(lambda: round(-3.053765270992216e-08, 400))
t(lambda: round(-175147.6152415548, 400))
t(lambda: round(103715.43666308094, 3))
t(lambda: round(1.1974167198075754e-287, 5))
t(lambda: round(0.0, 5))
t(lambda: round(330.973234, -5))
t(lambda: round(-257.89057, 1))
t(lambda: round(-4.735227855361385e-82, 1))
t(lambda: round(94133.03586194967, -2))
t(lambda: round(2.675, 5))
t(lambda: round(1.0781405672975129e+250, 3))
t(lambda: round(-689390.203696163, -1))
t(lambda: round(8.00684996259923e+199, 5))
t(lambda: round(655201.8740612832, -5))
t(lambda: round(0.5, -1))
t(lambda: round(99.496, 1))
t(lambda: round(-89215.35683723884, 3))
t(lambda: round(3.8933714882756293e-215, -1))
t(lambda: round(-9.29068203708403e+179, 400))
t(lambda: round(287108.30878979387, 2))
t(lambda: round(-308.39592, -2))
t(lambda: round(-206847.2755522104))
t(lambda: round(5.983101026967389e-262, -1))
t(lambda: round(-214.93))
t(lambda: round(5.262225862624003e+201, 0))
t(lambda: round(913.57699, 0))
t(lambda: round(1.5, -400))
t(lambda: round(1.5, 20))
t(lambda: round(761191.1744678894, 3))
t(lambda: round(384106.92020325945, -2))
t(lambda: round(2.740128182240437e+261, 3))
t(lambda: round(1.4995098715224227e-250, 1))
t(lambda: round(1.8646293647530138e-101, 1))
t(lambda: round(2.711693919615957e-89, -400))
t(lambda: round(349194.94982968085, 20))
t(lambda: round(2.3170794495700604e-241, 1))
t(lambda: round(2.5, 3))
t(lambda: round(1.9818109941558284e-147, 1))
t(lambda: round(3.245755691059093e-121, 10))
t(lambda: round(1.2004027581067372e-176, -2))
t(lambda: round(975.03, 0))
t(lambda: round(7.104774035648614e+55, 1))
t(lambda: round(875.7828, 0))
t(lambda: round(-985150.710652647, -1))
t(lambda: round(959847.293472091, 2))
t(lambda: round(-9.122108043126848e+247, 5))
t(lambda: round(2.1515353382510946e+78, 5))
t(lambda: round(-1.3973976676989093e-270, -400))
t(lambda: round(-115116.90066949569, -2))
t(lambda: round(76.263, 1))
t(lambda: round(666.0, 400))
t(lambda: round(865.583744, -400))
t(lambda: round(-2.7928979891204757e+134, 1))
t(lambda: round(679.9))
t(lambda: round(0.5, -2))
t(lambda: round(2.5, 0))
t(lambda: round(-684.0, 400))
t(lambda: round(137.88, 10))
t(lambda: round(-2.5, 0))
t(lambda: round(161.78, 1))
t(lambda: round(-562.933, 10))
t(lambda: round(273.4394, -1))
t(lambda: round(-0.0, -400))
t(lambda: round(724372.2035056292, -1))
t(lambda: round(9.804824945137107e+58, 3))
t(lambda: round(-1.1613390994898275e-307, 2))
t(lambda: round(0.125, -400))
t(lambda: round(-2.5, -2))
t(lambda: round(-94193.96326136752, 5))
t(lambda: round(577.3, -5))
t(lambda: round(-116.8893))
t(lambda: round(-3.571680602957702e-247, -5))
t(lambda: round(0.5, 2))
t(lambda: round(-231950.87594947172, 0))
t(lambda: round(-570.6994, 5))
t(lambda: round(-137811.5753496954, -2))
t(lambda: round(0.125))
t(lambda: round(10.664, 5))
t(lambda: round(303.0, -5))
t(lambda: round(-353.0, -1))
t(lambda: round(1.2610409637724768e-136, 0))
t(lambda: round(9.443445757563787e+40, 2))
t(lambda: round(-4.361809121462732e-21, -1))
t(lambda: round(474.826788, -400))
t(lambda: round(826093.8854966704, 5))
t(lambda: round(168.4312, -2))
t(lambda: round(-2.0570608897354693e+173, 3))
t(lambda: round(5.510531778776769e-164, 1))
t(lambda: round(-830.0, 400))
t(lambda: round(-985.03124, 1))
t(lambda: round(-720.1, 10))
t(lambda: round(1e+22, 20))
t(lambda: round(-404163.1454794217, 3))
t(lambda: round(-9.198527398343987e-06, -400))
t(lambda: round(-871260.1297842837, 400))
t(lambda: round(0.125, 0))
t(lambda: round(-351243.9209231768, -2))
t(lambda: round(1.5, 20))
t(lambda: round(-162.4761, 2))
t(lambda: round(-596131.6131289974, -2))
t(lambda: round(-896213.5666418172, 10))
t(lambda: round(-1.1510238669412331e-297, 10))
t(lambda: round(1.6836624512228057e-203, 1))
t(lambda: round(-9.020426910018232e+91, 10))
t(lambda: round(-312.276, 20))
t(lambda: round(-546822.0084552389, -5))
t(lambda: round(-4.074329899389765e-200, 1))
t(lambda: round(-271.1522, -1))
t(lambda: round(720.2029, -400))
t(lambda: round(-0.5, 5))
t(lambda: round(-1.3940023973942041e+133, 3))
t(lambda: round(2.675, 2))
t(lambda: round(-4.9017997261865055e+231, 5))
t(lambda: round(-3.92076549443627e-307, -2))
t(lambda: round(-369180.14010086877, 400))
t(lambda: round(0.0003149992550623403, -2))
t(lambda: round(361778.4207018027, -400))
t(lambda: round(2.963203502775452e+144, -2))
t(lambda: round(15.107820777625696, -1))
t(lambda: round(-2.0797591212987533e+266, -1))
t(lambda: round(-0.5, 2))
t(lambda: round(-654.2, 2))
t(lambda: round(-581.761223, 20))
t(lambda: round(-535.34285, 400))
t(lambda: round(196.892, -5))
t(lambda: round(2.9745707952928614e+237, -1))
t(lambda: round(-7.088264883878606e-264, 5))
t(lambda: round(157.99, 10))
t(lambda: round(371332.7123954897, 2))
t(lambda: round(1.275, -1))
t(lambda: round(238.183476, 1))
t(lambda: round(7.664968552353716e+109, -400))
t(lambda: round(6.129312830507555e-176, -1))
t(lambda: round(701.675, 20))
t(lambda: round(726.277, -1))
t(lambda: round(165.619915, 20))
t(lambda: round(-1.396788608672204e-59, 400))
t(lambda: round(185768.5789875388, -5))
t(lambda: round(769204.2036138158, 10))
t(lambda: round(-179.68212, 20))
t(lambda: round(3.9693453244468976e+213, 20))
t(lambda: round(527.953, 5))
t(lambda: round(-637.03, -400))
t(lambda: round(2.6495336804706527e+167, -400))
t(lambda: round(8.1028790016473215e-109, -1))
t(lambda: round(-28130.484036566806, 10))
t(lambda: round(-607.568, 10))
t(lambda: round(-786.0, -5))
t(lambda: round(-596.9107, 20))
t(lambda: round(-1.465729420061143e-244, 10))
t(lambda: round(-3.0749554509900827e+146, 10))
t(lambda: round(-205.0, 5))
t(lambda: round(1.601234057617107e-24, 3))
t(lambda: round(6.054458868019121e-173, 5))
t(lambda: round(-705.06, 20))
t(lambda: round(-3.8987934296070676e+37, 10))
t(lambda: round(333878.68438598234, 2))
t(lambda: round(581595.6793373195, -400))
t(lambda: round(-786.035849, -400))
t(lambda: round(8.78510749929206e-31, 5))
t(lambda: round(-770.31977, 400))
t(lambda: round(-1.579994381397316e-102, 5))
t(lambda: round(1.1740960606191059e-144, -1))
t(lambda: round(-117763.94032156351, -2))
t(lambda: round(374.476, 400))
t(lambda: round(-409.33, -5))
t(lambda: round(-692360.1769418846))
t(lambda: round(7.389805460774609e-307, 2))
t(lambda: round(2.5, 10))
t(lambda: round(-0.5, -400))
t(lambda: round(0.125, 3))
t(lambda: round(-3.70454619387753e-230, -400))
t(lambda: round(-283841.6814405669, 0))
t(lambda: round(-2.4366826601506854e+253, -400))
t(lambda: round(-1.2957445363428099e-14, 3))
t(lambda: round(2.2753658441977825e+107, 20))
t(lambda: round(461521.9110423771, 3))
t(lambda: round(4.062233246132048e-210, 20))
t(lambda: round(-1.1332856414141953e-64, 0))
t(lambda: round(1.005, -2))
t(lambda: round(1.005, 20))
t(lambda: round(-2.5, 1))
t(lambda: round(0.5, 0))
t(lambda: round(1.3106709921816022e+204, 1))
t(lambda: round(-3.5903059538798267e-286, -400))
t(lambda: round(942.0))
t(lambda: round(-223042.97966337367, 400))
t(lambda: round(871.1117, -1))
t(lambda: round(2.675, 5))
t(lambda: round(6.928601364648863e+117, 2))
t(lambda: round(5.356654831240895e+175, 0))
t(lambda: round(962.0, 10))
t(lambda: round(-0.5, 3))
t(lambda: round(5.527934021601242e-276, -5))
t(lambda: round(-607.0783, 10))
t(lambda: round(-2.0676967280141814e+291, -5))
t(lambda: round(796.2, 10))
t(lambda: round(273.631637, 0))
t(lambda: round(-9.43196258350369e-309, 10))
t(lambda: round(-3.7816341188942616e+233, -5))
t(lambda: round(-703984.8947725982, 10))
t(lambda: round(-1.1699893491034465e-281, 1))
t(lambda: round(-5.73633644162679e+307, 3))
t(lambda: round(1.309492243131876e-224, 5))
t(lambda: round(480822.74086202355, 400))
t(lambda: round(-976.824, -5))
t(lambda: round(-1.5281842767967514e-298, 5))
t(lambda: round(-904134.700530197, 20))
t(lambda: round(6.6775333077070894e+274, 5))
t(lambda: round(-390.0, 3))
t(lambda: round(1.5, -2))
t(lambda: round(-912350.7423151544, 20))
t(lambda: round(3.532807809042624e-113, -400))
t(lambda: round(496.8941, 10))
t(lambda: round(1.034037069745238e-206, 20))
t(lambda: round(708.8077))
t(lambda: round(-275.405, 0))
t(lambda: round(421.875, 400))
t(lambda: round(-69.1676))
t(lambda: round(-37.62144, 3))
t(lambda: round(123456.5, 3))
t(lambda: round(-4.922052132074751e-123, 3))
t(lambda: round(0.375, 5))
t(lambda: round(123456.5, -1))
t(lambda: round(326.553))
t(lambda: round(-0.5, -2))
t(lambda: round(-1.2224646617476758e-118, 1))
t(lambda: round(-95622.84864223457, -2))
t(lambda: round(129698.00199505128, -1))
t(lambda: round(638.02, -400))
t(lambda: round(-211400.50346204673, -400))
t(lambda: round(51.9, 2))
t(lambda: round(531331.622687899))
t(lambda: round(123456.5, 0))
t(lambda: round(0.375, 5))
t(lambda: round(5.6949, -2))
t(lambda: round(2.675, -2))
t(lambda: round(-2.786369714276917e-43, 1))
t(lambda: round(-611231.8103550996, 20))
t(lambda: round(425936.77487057424, 1))
t(lambda: round(25.0, 0))
t(lambda: round(-1.6511591088199673e+243, 3))
t(lambda: round(-742.698, -2))
t(lambda: round(-684699.9046870028, -400))
t(lambda: round(-155676.56609738583, -1))
t(lambda: round(1.005))
t(lambda: round(-7.248866365109537e-197, -1))
t(lambda: round(-229.0, 3))
t(lambda: round(-1.317995113074056e+170, -2))
t(lambda: round(-5.6211303926245146e+150, -1))
t(lambda: round(2.6081419782415827e-195, -1))
t(lambda: round(547.787804, 10))
t(lambda: round(1.70978654425109e+183))
t(lambda: round(-403.80128, 2))
t(lambda: round(506151.2779866983, -5))
t(lambda: round(1.285014468596583e+116, 2))
t(lambda: round(-4.5441633264088467e+269, 2))
t(lambda: round(828318.2922812416, 10))
t(lambda: round(2.675, -2))
t(lambda: round(-1.0096975960933749e+191, -2))
t(lambda: round(-4.614474326669279e+96, 10))
t(lambda: round(4.790654425898843e-57, 3))
t(lambda: round(-822.697, 400))
t(lambda: round(-309.90246, 400))
t(lambda: round(-498.0, -5))
t(lambda: round(-950.655145, -1))
t(lambda: round(-660.82))
t(lambda: round(-2.9869244429325983e-176, 10))
t(lambda: round(1.3951630909789646e+104, 10))
t(lambda: round(3.1281911947370322e+237, 400))
t(lambda: round(-0.0, 1))
t(lambda: round(-759.3, -1))
t(lambda: round(-41418.1459237017, -2))
t(lambda: round(-604340.1830461164, 5))
t(lambda: round(-276.82, -400))
t(lambda: round(7.678547702195509e+98, 5))
t(lambda: round(71.0, 5))
t(lambda: round(3.8567233740107407e-79, 2))
t(lambda: round(-770672.266787088, 1))
t(lambda: round(-1.3054016171797474e+262, 3))
t(lambda: round(-275.0, 2))
t(lambda: round(753957.7337313124, -5))
t(lambda: round(3.930613805531076e-105, 0))
t(lambda: round(1.005, 5))
t(lambda: round(-31.0, 5))
t(lambda: round(1e-320, 10))
t(lambda: round(1.5, 400))
t(lambda: round(4.0400699168234997e-60, 0))
t(lambda: round(2.370472835630188e+102))
t(lambda: round(0.5, -400))
t(lambda: round(-753.45496, 2))
t(lambda: round(-109.8494, 3))
t(lambda: round(123456.5))
t(lambda: round(404164.78419916634, 20))
t(lambda: round(-566083.2262841173, -5))
t(lambda: round(402.72, 5))
t(lambda: round(-179.554, 1))
t(lambda: round(-0.0, 3))
t(lambda: round(-437149.6278342381, 2))
t(lambda: round(1.005, -1))
t(lambda: round(-220.3468, -400))
t(lambda: round(-416.43, 400))
t(lambda: round(2.5, 3))
t(lambda: round(-631.578, -400))
t(lambda: round(-88.8654, -2))
t(lambda: round(842883.2158498231, 20))
t(lambda: round(201.53, 5))
t(lambda: round(299630.56207711855, 5))
t(lambda: round(650.35, -5))
t(lambda: round(69898.40452412702, -400))
t(lambda: round(662.7, 400))
t(lambda: round(-825490.9388903609, -400))
t(lambda: round(-5.82548078275147e+40, 5))
t(lambda: round(-671.21574, 3))
t(lambda: round(1.005, -5))
t(lambda: round(2.4828270412226458e-89, 2))
t(lambda: round(-0.5, 5))
t(lambda: round(1.5, 3))
t(lambda: round(-616.0157, 20))
t(lambda: round(9.563278913362004e+233, 3))
t(lambda: round(-910.894738, 20))
t(lambda: round(-413.27367, 5))
t(lambda: round(-7.128845, 10))
t(lambda: round(-518.8, 10))
t(lambda: round(-1.4961857550097905e-263, 0))
t(lambda: round(-986.0, 5))
t(lambda: round(4.7025115803693366e-98, -1))
t(lambda: round(-522.97903, 10))
t(lambda: round(0.5))
t(lambda: round(-0.5, 20))
t(lambda: round(-716241.7982402763, 3))
t(lambda: round(-300.946908, -1))
t(lambda: round(-702.028, 20))
t(lambda: round(0.5, 5))
t(lambda: round(682710.6032120164, 20))
t(lambda: round(1e+22, 0))
t(lambda: round(-466180.43751861586, 3))
t(lambda: round(-983.956856, 400))
t(lambda: round(1.9228266741221284e-254, -2))
t(lambda: round(0.375, 400))
t(lambda: round(-2.9088970629781825e+117, -2))
t(lambda: round(-6.572497104185877e+236, -1))
t(lambda: round(-1.2236682562365765e-98, -1))
t(lambda: round(480089.06871785875, 2))
t(lambda: round(0.125, 10))
t(lambda: round(-2.1816167605315642e+80, -2))
t(lambda: round(-289.2781, 1))
t(lambda: round(-3.9719092334638544e-17))
t(lambda: round(7.046105645973973e+290, 3))
t(lambda: round(-3.760741933767944e+151, 5))
t(lambda: round(518491.4750550254, 10))
t(lambda: round(742.8, 400))
t(lambda: round(666696.4926694045, -2))
t(lambda: round(0.375, 0))
t(lambda: round(5.230795329430545e-178, 2))
t(lambda: round(324009.5760575393, -1))
t(lambda: round(-287007.909129336, 3))
t(lambda: round(398130.14362015435, 20))
t(lambda: round(121.301, 1))
t(lambda: round(1.005, 0))
t(lambda: round(2.1306560795672416e+89, -5))
t(lambda: round(-2.5, -400))
t(lambda: round(-4.871065389879488e-69, -2))
t(lambda: round(-0.5, 20))
t(lambda: round(1.005, 2))
t(lambda: round(177.903, 2))
t(lambda: round(-0.0, 0))
t(lambda: round(-777689.4492892385, -5))
t(lambda: round(-961335.261806662, -5))
t(lambda: round(696.229935, -5))
t(lambda: round(876.48, -5))
t(lambda: round(486.4, 3))
t(lambda: round(-654432.9702158191, 5))
t(lambda: round(1e-320, -2))
t(lambda: round(1.594762695328969e-109, 20))
t(lambda: round(528108.6978822488, 400))
t(lambda: round(-612.29))
t(lambda: round(344555.0872058731))
t(lambda: round(-134.0, -5))
t(lambda: round(-178.11, -1))
t(lambda: round(1e+22, -2))
t(lambda: round(-71586.75831969583, 2))
t(lambda: round(7.194753540573011e+231, 400))
t(lambda: round(-2.5, 10))
t(lambda: round(-9.875313264167418e-198, 10))
t(lambda: round(516.03354, 2))
t(lambda: round(253.82, -2))
t(lambda: round(-7.067136582073359e+273, -5))
t(lambda: round(-8.571080052123007e-155, 2))
t(lambda: round(1.5, 2))
t(lambda: round(67.0, 1))
t(lambda: round(7.0, 0))
t(lambda: round(-585668.6326566299, 400))
t(lambda: round(560778.9638960038, 0))
t(lambda: round(4.6056834044438945e-225, 10))
t(lambda: round(1e-320, 2))
t(lambda: round(4.675362544902599e-201, -400))
t(lambda: round(769.369, 20))
t(lambda: round(1.2429569959333924e-30, 20))
t(lambda: round(-191.10315))
t(lambda: round(-538334.8372289411, 3))
t(lambda: round(-291566.2693994449, 0))
t(lambda: round(2.5, 20))
t(lambda: round(2.675, 0))
t(lambda: round(-0.5, 0))
t(lambda: round(674859.7492874993, 10))
t(lambda: round(-367247.86911034095, 2))
t(lambda: round(-149.0, 3))
t(lambda: round(-5.3984068611236495e-306, 5))
t(lambda: round(-1.4019801922385156e+272, -5))
t(lambda: round(1e+22, 1))
t(lambda: round(-3.320752997931078e+162, 10))
t(lambda: round(6.174275696275072e+269, 400))
t(lambda: round(786018.5026899253, -2))
t(lambda: round(3.05069732013497e-168, 2))
t(lambda: round(733.5, 0))
t(lambda: round(6.772008852651476e-272, 400))
t(lambda: round(-526091.9582307499, -5))
t(lambda: round(908840.4228119585, 5))
t(lambda: round(-81687.31194679206, 0))
t(lambda: round(-782289.1652492367, -1))
t(lambda: round(-876.18, -1))
t(lambda: round(284067674075.9112, 0))
t(lambda: round(-3.694312064164038e-78, -400))
t(lambda: round(2.675, 20))
t(lambda: round(-2.7982298200985413e+89, -2))
t(lambda: round(0.375))
t(lambda: round(-2.432980626371032e+116, 10))
t(lambda: round(299.0, -1))
t(lambda: round(-2.5, 10))
t(lambda: round(0.375, 1))
t(lambda: round(-834.8664, 2))
t(lambda: round(18.0, -2))
t(lambda: round(-856.923228, -400))
t(lambda: round(505.59234, 2))
t(lambda: round(-3.0259406864675663e-33, -5))
t(lambda: round(908.16205, 3))
t(lambda: round(-0.0, 1))
t(lambda: round(-1.3492973692387493e-151, 20))
t(lambda: round(-994900.8339467571, 1))
t(lambda: round(-93.44866, -400))
t(lambda: round(613.55532, 5))
t(lambda: round(-396.626, 10))
t(lambda: round(919.0, -400))
t(lambda: round(233696.35259266268, -1))
t(lambda: round(-840370.5221934665, -2))
t(lambda: round(-2.5, -400))
t(lambda: round(-806.3, 5))
t(lambda: round(422275.49270250555, 5))
t(lambda: round(-5.323368575952142e-205, -2))
t(lambda: round(-0.5, -400))
t(lambda: round(-958.5522, 3))
t(lambda: round(-2.5, 0))
t(lambda: round(4.204300653483083e-77, -400))
t(lambda: round(1.4001888248548889e+199, 10))
t(lambda: round(607.456421, -2))
t(lambda: round(2.5, 400))
t(lambda: round(-2.9187605102467372e+146, -2))
t(lambda: round(-511.311603, -400))
t(lambda: round(1e-320, -1))
t(lambda: round(2.728982534884027e+126, 20))
t(lambda: round(836890.3367659296, -400))
t(lambda: round(1e-320))
t(lambda: round(280.82228, -5))
t(lambda: round(-152.7679845395969))
t(lambda: round(-3.1972880934505e-43))
t(lambda: round(884104.4900679158))
t(lambda: round(4.907593885830934e+88, -5))
t(lambda: round(-43.19))
t(lambda: round(-961.907, 10))
t(lambda: round(0.0021593224312620356, 1))
t(lambda: round(0.0, 0))
t(lambda: round(-505516.7100019469))
t(lambda: round(8.041739585382585e+77, 5))
t(lambda: round(0.5, -2))
t(lambda: round(1.145395295365245e+112, 0))
t(lambda: round(724.3, -2))
t(lambda: round(-6.028118416295267e+96, -1))
t(lambda: round(-1.736813921443192e+89, -1))
t(lambda: round(-334.0, 1))
t(lambda: round(-315.7, -1))
"#, r#"0.0
-100000.0
-1.4204294611674214e+196
0.0
700.0
2.5
0.0
-970.0
0
-937.976
0.0
0.0
1e+22
-731700.0
1.7872234745421953e+302
7.3695710461578e+229
-0.0
-228.27
168.5
-942679.258
342547.1
0.125
0.0
0.0
0.0
979612.0
-867
1.033487229852226e+204
-465857819254799
172.75
997
0
942857.316
0.0
1.1287636160362931e+111
-700.0
739.783
361942.0
-0.0
-0.0
2.760075382669891e+231
97.0
200.0
0.0
9.623377882235061e+101
0.0
0.0
0.0
1.9512766991279957e+60
0.0
1.6857438484554433e+147
1.2691497017510085e+157
0.0
2.5
307.45
0.0
1.1284220528484078e+89
-0.5
921381.0
300.4648
0
-0.0
2.6193870602840287e+111
-800000.0
-740.62
-2.5
-0.0
841.2
-1.2118393683179254e+102
-0.0
1.4315109097880444e+255
1.005
779.0
941928.0
-909846.3798292804
-0.0
-974.0
6.441789e-14
16870302690520918958235299529073551873644781041254375422651560904754400173975769041260436920814206486008364281509889776245810927445032357549336852726547349503801545054306999724488453604311708038944784384
224330.0
-1.0261280354083976e+138
564.65
-1.064956691716445e+170
4.171243772905286e+29
0.0
0.0
0.015
0.0
-995896964863484238845643979751424
550491
243913476575108547613830498225012065728294656860196903913277753982002017801087132278149052673068449961086739069027593530539116620220816372523634277132049114075857683466021271336180156115508021824317703390036325396665920401182626228202486707590660889614891215226454845027528437741236781056
-827743.9845293084
-690.0
-220.0
2.8498067928583577e+97
0.0
-0.0
-0.0
0.0
0.0
-893870.4673585276
0.0
-964.1
2.1171407596299865e-220
-150.0
795.708
0.0
1.005
-0.0
623
-528
100.0
1.322253710684896e+113
-0.0
900000.0
6.188347569191112e-264
58.0
-800
739.0
-0.0
400.227
-206.72
-833.48
-0.0
-200000.0
0.0
2.5
775.0
-32.99753
172936.4
0.0
-0.0
0.0
200000.0
-465.7
-1.0652215400372303e+67
3.4576090980898984e+136
500.0
-0.0
-4.499996547070794e+104
-37.0
-0.0
-908307.29
296499.7249497229
-0.5
-1.3632862572519898e+32
-0.0
799520.0
3.2515340334001786e+78
458.0
-1.6896384229596939e+202
-0.0
0
-128.0
-0.0
89.0
0.0
817524.0
401.40485
-99.17652
-0.0
-7.836716488894176e+260
1.005
-0.0
-0.0
-0.0
0.0
310743.0
0.0
0.0
-398.9
564.0
-708778.5906184602
479.0
0.0
3.4476477818787266e+26
0.0
890086.70156
543.42
-775738.237
362.9636
-0.0
-0.0
0.0
0.0
1.005
0.0
-413.965404
-200.0
812.33
58.157
335283
123456.5
-47899128.65460738
-0.0
-613.13
-2.410365751460453e+217
-776852.808
784100.7
-823
-533.0
860.0
389319.4
-5.703707503419407e-184
0.0
995712.34
722900.0
-0.5
574.0
411700.0
400.0
49769840569868666587695806782934862765403659348484638292583167033344
514.198
0.0
3.081469894616899e+149
193
-482650.0
-0.0
0.0
-663.0
9.542075323492488e+237
0.0
-0.0
0.0
817.9
0.0
-0.0
4.2458111457704e+50
883969.1648692475
-398903.69
-939.77
-365911
0.0
2
0.5
-36.3
-337.51252
-42.73
-0.0
0.0
-631800.0
-0.0
556.7
729000.0
106673.1
-170.6
0.0
-0.0
0.0
-25.8
0.5
-0.0
-1.6528150098412192e-184
10000000000000000000000
793.78865
-260.0
910.0
-780.0
0.0
-713816
-1.5278513539067335e+268
-0.0
814.4
564344.33443
1.0314189129457328e-257
-3.608274400174241e+134
3406910.0
0.0
0.0
0.0
206.213
-6.779329678461937e+240
-241.0
-0.0
0.0
1.005
0.375
1e+22
-6163725346867076530238403991967384518737754306758486190502101127184220213224086425984422014423747101387128832
-138.0
-0.55
0.0
123456.5
-264449.45
899208.19416
966127.17818
840609.745
-963762.0
8.840331984796352e+54
279.0
-2.5
-310.42
-2.5
-5.089501863825029e+195
-588.785
-431300.0
752290.0
-137412.06658
1000.0
-423195
773.623
-0.0
-0.0
0
-9.231543869191411e+24
960.0
-929752.7
1.432536344257271e+225
206973.54593896377
569800593555564.5
0.0
0
-0.0
-3.327183906005125e+72
-3.053765270992216e-08
-175147.6152415548
103715.437
0.0
0.0
0.0
-257.9
-0.0
94100.0
2.675
1.0781405672975129e+250
-689390.0
8.00684996259923e+199
700000.0
0.0
99.5
-89215.357
0.0
-9.29068203708403e+179
287108.31
-300.0
-206847
0.0
-215
5.262225862624003e+201
914.0
0.0
1.5
761191.174
384100.0
2.740128182240437e+261
0.0
0.0
0.0
349194.94982968085
0.0
2.5
0.0
0.0
0.0
975.0
7.104774035648614e+55
876.0
-985150.0
959847.29
-9.122108043126848e+247
2.1515353382510946e+78
-0.0
-115100.0
76.3
666.0
0.0
-2.7928979891204757e+134
680
0.0
2.0
-684.0
137.88
-2.0
161.8
-562.933
270.0
-0.0
724370.0
9.804824945137107e+58
-0.0
0.0
-0.0
-94193.96326
0.0
-117
-0.0
0.5
-231951.0
-570.6994
-137800.0
0
10.664
0.0
-350.0
0.0
9.443445757563787e+40
-0.0
0.0
826093.8855
200.0
-2.0570608897354693e+173
0.0
-830.0
-985.0
-720.1
1e+22
-404163.145
-0.0
-871260.1297842837
0.0
-351200.0
1.5
-162.48
-596100.0
-896213.5666418172
-0.0
0.0
-9.020426910018232e+91
-312.276
-500000.0
-0.0
-270.0
0.0
-0.5
-1.3940023973942041e+133
2.67
-4.9017997261865055e+231
-0.0
-369180.14010086877
0.0
0.0
2.963203502775452e+144
20.0
-2.0797591212987533e+266
-0.5
-654.2
-581.761223
-535.34285
0.0
2.9745707952928614e+237
-0.0
157.99
371332.71
0.0
238.2
0.0
0.0
701.675
730.0
165.619915
-1.396788608672204e-59
200000.0
769204.2036138158
-179.68212
3.9693453244468976e+213
527.953
-0.0
0.0
0.0
-28130.4840365668
-607.568
-0.0
-596.9107
-0.0
-3.0749554509900827e+146
-205.0
0.0
0.0
-705.06
-3.8987934296070676e+37
333878.68
0.0
-0.0
0.0
-770.31977
-0.0
0.0
-117800.0
374.476
-0.0
-692360
0.0
2.5
-0.0
0.125
-0.0
-283842.0
-0.0
-0.0
2.2753658441977825e+107
461521.911
0.0
-0.0
0.0
1.005
-2.5
0.0
1.3106709921816022e+204
-0.0
942
-223042.97966337367
870.0
2.675
6.928601364648863e+117
5.356654831240895e+175
962.0
-0.5
0.0
-607.0783
-2.0676967280141814e+291
796.2
274.0
-0.0
-3.7816341188942616e+233
-703984.8947725982
-0.0
-5.73633644162679e+307
0.0
480822.74086202355
-0.0
-0.0
-904134.700530197
6.6775333077070894e+274
-390.0
0.0
-912350.7423151544
0.0
496.8941
0.0
709
-275.0
421.875
-69
-37.621
123456.5
-0.0
0.375
123460.0
327
-0.0
-0.0
-95600.0
129700.0
0.0
-0.0
51.9
531332
123456.0
0.375
0.0
0.0
-0.0
-611231.8103550996
425936.8
25.0
-1.6511591088199673e+243
-700.0
-0.0
-155680.0
1
-0.0
-229.0
-1.317995113074056e+170
-5.6211303926245146e+150
0.0
547.787804
1709786544251090058991583200151776407082926522185722750114952568588291512648895975573814034572909138462616479475081506784270116733555715561075763594354355154098394118571852433918525440
-403.8
500000.0
1.285014468596583e+116
-4.5441633264088467e+269
828318.2922812416
0.0
-1.0096975960933749e+191
-4.614474326669279e+96
0.0
-822.697
-309.90246
-0.0
-950.0
-661
-0.0
1.3951630909789646e+104
3.1281911947370322e+237
-0.0
-760.0
-41400.0
-604340.18305
-0.0
7.678547702195509e+98
71.0
0.0
-770672.3
-1.3054016171797474e+262
-275.0
800000.0
0.0
1.005
-31.0
0.0
1.5
0.0
2370472835630187892447147318334712651119947915325490046152930087582781440588459842929301885532254502912
0.0
-753.45
-109.849
123456
404164.78419916634
-600000.0
402.72
-179.6
-0.0
-437149.63
0.0
-0.0
-416.43
2.5
-0.0
-100.0
842883.2158498231
201.53
299630.56208
0.0
0.0
662.7
-0.0
-5.82548078275147e+40
-671.216
0.0
0.0
-0.5
1.5
-616.0157
9.563278913362004e+233
-910.894738
-413.27367
-7.128845
-518.8
-0.0
-986.0
0.0
-522.97903
0
-0.5
-716241.798
-300.0
-702.028
0.5
682710.6032120164
1e+22
-466180.438
-983.956856
0.0
0.375
-2.9088970629781825e+117
-6.572497104185877e+236
-0.0
480089.07
0.125
-2.1816167605315642e+80
-289.3
0
7.046105645973973e+290
-3.760741933767944e+151
518491.4750550254
742.8
666700.0
0.0
0.0
324010.0
-287007.909
398130.14362015435
121.3
1.0
2.1306560795672416e+89
-0.0
-0.0
-0.5
1.0
177.9
-0.0
-800000.0
-1000000.0
0.0
0.0
486.4
-654432.97022
0.0
0.0
528108.6978822488
-612
344555
-0.0
-180.0
1e+22
-71586.76
7.194753540573011e+231
-2.5
-0.0
516.03
300.0
-7.067136582073359e+273
-0.0
1.5
67.0
7.0
-585668.6326566299
560779.0
0.0
0.0
0.0
769.369
0.0
-191
-538334.837
-291566.0
2.5
3.0
-0.0
674859.7492874993
-367247.87
-149.0
-0.0
-1.4019801922385156e+272
1e+22
-3.320752997931078e+162
6.174275696275072e+269
786000.0
0.0
734.0
6.772008852651476e-272
-500000.0
908840.42281
-81687.0
-782290.0
-880.0
284067674076.0
-0.0
2.675
-2.7982298200985413e+89
0
-2.432980626371032e+116
300.0
-2.5
0.4
-834.87
0.0
-0.0
505.59
-0.0
908.162
-0.0
-0.0
-994900.8
-0.0
613.55532
-396.626
0.0
233700.0
-840400.0
-0.0
-806.3
422275.4927
-0.0
-0.0
-958.552
-2.0
0.0
1.4001888248548889e+199
600.0
2.5
-2.9187605102467372e+146
-0.0
0.0
2.728982534884027e+126
0.0
0
0.0
-153
0
884104
4.907593885830934e+88
-43
-961.907
0.0
0.0
-505517
8.041739585382585e+77
0.0
1.145395295365245e+112
700.0
-6.028118416295267e+96
-1.736813921443192e+89
-334.0
-320.0
"#);
}

#[test]
fn container_fuzz() {
    check("container_fuzz", r#"def t(f):
    try:
        r = f()
        if isinstance(r, (set, frozenset)): r = ("set", sorted(r, key=repr))
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)
L = []
D = {}
S = set()

t(lambda: L.pop(3))
t(lambda: L.extend([0, "b"]))
t(lambda: L.pop())
t(lambda: L.index(0))
t(lambda: len(L))
t(lambda: D.popitem())
t(lambda: L.append(3))
t(lambda: S.issuperset([None]))
t(lambda: S.difference_update([True]))
t(lambda: "b" in D.values())
t(lambda: L.extend([3, 3]))
t(lambda: dict(D))
t(lambda: D.pop("x", "a"))
t(lambda: S.difference_update([2]))
t(lambda: S.symmetric_difference_update([(1, 2)]))
t(lambda: min(L, key=repr, default=None))
t(lambda: L.reverse())
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: L.extend([-1, 3]))
t(lambda: L.append(1))
t(lambda: L.insert(5, "a"))
t(lambda: L.reverse())
t(lambda: -1 in L)
t(lambda: max(L, key=str, default=0))
t(lambda: L.extend([2, "b"]))
t(lambda: L.extend(["x", -1]))
t(lambda: list(D.items()))
t(lambda: S.issuperset([1]))
t(lambda: S.difference(["b"]))
t(lambda: 2 in D.keys())
t(lambda: "b" in D.values())
t(lambda: L.extend(["b", 2]))
t(lambda: L.count(3))
t(lambda: list(D.items()))
t(lambda: L.extend(["a", None]))
t(lambda: D.update({1: "b"}))
t(lambda: S.isdisjoint([None]))
t(lambda: L.index(1.0, 1))
t(lambda: repr(D.keys()))
t(lambda: frozenset(S))
t(lambda: L.extend([3, (1, 2)]))
t(lambda: L.remove(None))
t(lambda: (1.0, None) in D.items())
t(lambda: D.get("b"))
t(lambda: L.pop())
t(lambda: min(L, key=repr, default=None))
t(lambda: min(L, key=repr, default=None))
t(lambda: S.symmetric_difference_update([1.0]))
t(lambda: sorted(L, key=str))
t(lambda: D.pop(3, None))
t(lambda: L.copy())
t(lambda: 1 in S)
t(lambda: list(D.values()))
t(lambda: L.insert(1, 2.5))
t(lambda: L.index(None, 1))
t(lambda: 2.5 in D.values())
t(lambda: L.index(2, 1))
t(lambda: L.remove(True))
t(lambda: list(D.items()))
t(lambda: L.copy())
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.count(2))
t(lambda: S.discard((1, 2)))
t(lambda: True in D.values())
t(lambda: len(S))
t(lambda: S.symmetric_difference_update([None]))
t(lambda: len(L))
t(lambda: L.copy())
t(lambda: S.copy())
t(lambda: S.remove((1, 2)))
t(lambda: len(L))
t(lambda: L.insert(-5, 0))
t(lambda: S.intersection([2.5, 1]))
t(lambda: L.pop())
t(lambda: L[:])
t(lambda: S.symmetric_difference([2, 1.0]))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: len(S))
t(lambda: 3 in D.values())
t(lambda: D.popitem())
t(lambda: 1.0 in S)
t(lambda: "a" in D)
t(lambda: D.setdefault(-1, True))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: S.issubset([1, 2.5, 1, 2, 3]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: S.remove(-1))
t(lambda: min(L, key=repr, default=None))
t(lambda: L.index(True))
t(lambda: L.extend(["a", 1]))
t(lambda: S.intersection([(1, 2), 3]))
t(lambda: D.pop((1, 2), "b"))
t(lambda: "x" in S)
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: (2, 3) in D.items())
t(lambda: D.popitem())
t(lambda: S.intersection_update([3, True, 0, 1, 2, 3, "a"]))
t(lambda: list(D.items()))
t(lambda: L.append(0))
t(lambda: L.pop())
t(lambda: S.symmetric_difference([0, 2]))
t(lambda: dict(D))
t(lambda: len(L))
t(lambda: S.difference([True]))
t(lambda: L.extend([None, "a"]))
t(lambda: S.copy())
t(lambda: S.issuperset([(1, 2)]))
t(lambda: S.isdisjoint([1.0]))
t(lambda: S.isdisjoint([1]))
t(lambda: S.discard((1, 2)))
t(lambda: D.copy())
t(lambda: S.discard(-1))
t(lambda: sorted(D.items(), key=repr))
t(lambda: L.pop(1))
t(lambda: len(D))
t(lambda: S.issubset([1, 2, 1, 2, 3]))
t(lambda: D.get(0, "x"))
t(lambda: L.count("x"))
t(lambda: S.issuperset(["x"]))
t(lambda: S.intersection_update([(1, 2), None, 0, 1, 2, 3, "a"]))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: len(L))
t(lambda: len(L))
t(lambda: S.difference_update(["b"]))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.pop(0))
t(lambda: D.popitem())
t(lambda: list(D.keys()))
t(lambda: D.pop((1, 2)))
t(lambda: dict.fromkeys(D, 0))
t(lambda: S.symmetric_difference([-1, 1]))
t(lambda: list(D.items()))
t(lambda: L.insert(5, None))
t(lambda: D.get(-1))
t(lambda: S.difference([2.5]))
t(lambda: None in L)
t(lambda: S.difference([-1]))
t(lambda: L.reverse())
t(lambda: ((1, 2), (1, 2)) in D.items())
t(lambda: sorted(L, key=str))
t(lambda: list(D.items()))
t(lambda: L.remove("x"))
t(lambda: max(L, key=str, default=0))
t(lambda: S.update([None], [(1, 2)]))
t(lambda: L.index(True))
t(lambda: S.difference([-1]))
t(lambda: min(L, key=repr, default=None))
t(lambda: 0 in D)
t(lambda: "b" in L)
t(lambda: L.index("x", 1))
t(lambda: L.extend(["a", 3]))
t(lambda: len(S))
t(lambda: L.append(None))
t(lambda: 0 in D.keys())
t(lambda: L.pop(-4))
t(lambda: min(L, key=repr, default=None))
t(lambda: D.copy())
t(lambda: S.copy())
t(lambda: S.isdisjoint([3]))
t(lambda: S.union([0, True]))
t(lambda: L.insert(2, 2))
t(lambda: S.intersection([None, 2]))
t(lambda: min(L, key=repr, default=None))
t(lambda: S.discard(1))
t(lambda: None in S)
t(lambda: L.reverse())
t(lambda: L.extend([1.0, 2.5]))
t(lambda: S.discard(3))
t(lambda: L.index(True))
t(lambda: 1 in D.keys())
t(lambda: S.difference([0]))
t(lambda: S.difference([2]))
t(lambda: D.setdefault("x", 1))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: D.__setitem__(1, True))
t(lambda: min(L, key=repr, default=None))
t(lambda: L.pop(2))
t(lambda: S.isdisjoint([2.5]))
t(lambda: D.pop((1, 2), 3))
t(lambda: D.__setitem__(1, None))
t(lambda: D.popitem())
t(lambda: L.copy())
t(lambda: len(D))
t(lambda: L.remove(1.0))
t(lambda: (1, 2) in S)
t(lambda: max(L, key=str, default=0))
t(lambda: sorted(D.items(), key=repr))
t(lambda: list(D.values()))
t(lambda: sorted(L, key=str))
t(lambda: repr(D.keys()))
t(lambda: L.remove(1))
t(lambda: len(D))
t(lambda: L.remove(0))
t(lambda: L[:])
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.extend([2.5, 0]))
t(lambda: "b" in D.keys())
t(lambda: D.update([(0, True)]))
t(lambda: S.update(["a"], [True]))
t(lambda: S.update([-1], [0]))
t(lambda: sorted(L, key=str))
t(lambda: L[:])
t(lambda: L.append(1.0))
t(lambda: L.sort(key=repr))
t(lambda: list(D.items()))
t(lambda: 3 in D)
t(lambda: S.isdisjoint(["x"]))
t(lambda: frozenset(S))
t(lambda: D.update([("x", "a")]))
t(lambda: None in D.keys())
t(lambda: L.count("a"))
t(lambda: D.update([(2.5, 1.0)]))
t(lambda: S.symmetric_difference_update(["a"]))
t(lambda: ((1, 2), 1) in D.items())
t(lambda: S.difference_update([0]))
t(lambda: S.issubset([1.0, "x", 1, 2, 3]))
t(lambda: min(L, key=repr, default=None))
t(lambda: (None, (1, 2)) in D.items())
t(lambda: frozenset(S))
t(lambda: S.update(["x"], [1.0]))
t(lambda: D.get(2.5, 2.5))
t(lambda: list(D.keys()))
t(lambda: D.__setitem__("x", -1))
t(lambda: repr(D.keys()))
t(lambda: S.discard(3))
t(lambda: len(L))
t(lambda: S.symmetric_difference([1.0, None]))
t(lambda: L.sort(key=repr))
t(lambda: sorted(L, key=str))
t(lambda: S.intersection([1, True]))
t(lambda: L.count(0))
t(lambda: S.isdisjoint([True]))
t(lambda: len(L))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: L[:])
t(lambda: L[:])
t(lambda: L.sort(key=repr))
t(lambda: "b" in D)
t(lambda: S.union([1, -1]))
t(lambda: sorted(L, key=str))
t(lambda: S.difference_update(["a"]))
t(lambda: L.reverse())
t(lambda: L.remove(None))
t(lambda: sorted(D.items(), key=repr))
t(lambda: S.union([(1, 2), True]))
t(lambda: D.update({None: 2.5}))
t(lambda: D.setdefault(1, True))
t(lambda: len(S))
t(lambda: len(D))
t(lambda: L.reverse())
t(lambda: list(D.keys()))
t(lambda: sorted(L, key=str))
t(lambda: sorted(D.items(), key=repr))
t(lambda: D.popitem())
t(lambda: S.discard(-1))
t(lambda: 2 in S)
t(lambda: D.pop(True, "a"))
t(lambda: len(D))
t(lambda: D.copy())
t(lambda: sorted(L, key=str))
t(lambda: L.sort(key=repr))
t(lambda: frozenset(S))
t(lambda: list(D.keys()))
t(lambda: L.append(True))
t(lambda: sorted(L, key=str))
t(lambda: L[:])
t(lambda: sorted(D.items(), key=repr))
t(lambda: list(D.keys()))
t(lambda: max(L, key=str, default=0))
t(lambda: sorted(L, key=str))
t(lambda: 2.5 in L)
t(lambda: L.count("x"))
t(lambda: L[:])
t(lambda: -1 in D.keys())
t(lambda: S.symmetric_difference_update([2.5]))
t(lambda: dict.fromkeys(D, 0))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: (-1, 1) in D.items())
t(lambda: repr(D.keys()))
t(lambda: D.update({None: "x"}))
t(lambda: S.difference_update([0]))
t(lambda: L.index(-1, 1))
t(lambda: 2.5 in S)
t(lambda: D.__setitem__(2.5, 1))
t(lambda: L.append(True))
t(lambda: S.issubset([3, 3, 1, 2, 3]))
t(lambda: L.index(0, 1))
t(lambda: S.symmetric_difference([None, 1]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: L.sort(key=repr))
t(lambda: D.popitem())
t(lambda: D.popitem())
t(lambda: L.sort(key=repr))
t(lambda: len(D))
t(lambda: sorted(D.items(), key=repr))
t(lambda: list(D.keys()))
t(lambda: list(D.items()))
t(lambda: min(L, key=repr, default=None))
t(lambda: S.symmetric_difference(["a", -1]))
t(lambda: L.index("a", 1))
t(lambda: S.difference_update([3]))
t(lambda: None in D)
t(lambda: L.reverse())
t(lambda: (2, 2) in D.items())
t(lambda: L.reverse())
t(lambda: S.isdisjoint([0]))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.insert(0, "a"))
t(lambda: L.sort(key=repr))
t(lambda: D.popitem())
t(lambda: min(L, key=repr, default=None))
t(lambda: S.copy())
t(lambda: L.index(-1, 1))
t(lambda: L.count(0))
t(lambda: len(D))
t(lambda: "a" in D.keys())
t(lambda: S.update([1], [0]))
t(lambda: -1 in D.values())
t(lambda: L.insert(-2, 3))
t(lambda: D.setdefault((1, 2), "a"))
t(lambda: max(L, key=str, default=0))
t(lambda: len(L))
t(lambda: D.pop(1.0, 1.0))
t(lambda: list(D.items()))
t(lambda: S.issuperset([None]))
t(lambda: L.append(0))
t(lambda: S.issubset(["a", 1, 1, 2, 3]))
t(lambda: dict(D))
t(lambda: S.symmetric_difference_update([2.5]))
t(lambda: S.difference_update([1]))
t(lambda: (1.0, True) in D.items())
t(lambda: L[:])
t(lambda: (None, "a") in D.items())
t(lambda: 3 in D.keys())
t(lambda: L.index("b", 1))
t(lambda: L.pop())
t(lambda: sorted(L, key=str))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: L.remove(2))
t(lambda: L.copy())
t(lambda: L[:])
t(lambda: S.intersection_update([3, True, 0, 1, 2, 3, "a"]))
t(lambda: S.intersection_update([2, 1, 0, 1, 2, 3, "a"]))
t(lambda: len(D))
t(lambda: D.copy())
t(lambda: frozenset(S))
t(lambda: L.index(True, 1))
t(lambda: L.count("a"))
t(lambda: 1.0 in S)
t(lambda: L.extend([(1, 2), 2]))
t(lambda: repr(D.keys()))
t(lambda: S.add(True))
t(lambda: D.pop(3, 2))
t(lambda: S.difference_update([1]))
t(lambda: L.pop(0))
t(lambda: -1 in L)
t(lambda: list(D.keys()))
t(lambda: S.intersection_update([0, "a", 0, 1, 2, 3, "a"]))
t(lambda: S.union(["b", 3]))
t(lambda: D.pop(-1))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: L.remove("b"))
t(lambda: L.append(1))
t(lambda: S.symmetric_difference_update([1.0]))
t(lambda: L.index(2.5, 1))
t(lambda: 1 in D)
t(lambda: repr(D.keys()))
t(lambda: -1 in L)
t(lambda: L.count(-1))
t(lambda: L[:])
t(lambda: L.reverse())
t(lambda: L.remove(3))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.index(2.5))
t(lambda: S.union(["b", 1]))
t(lambda: L.append(-1))
t(lambda: None in D.keys())
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: sorted(L, key=str))
t(lambda: D.setdefault(1, 0))
t(lambda: len(S))
t(lambda: len(S))
t(lambda: sorted(L, key=str))
t(lambda: (1, 2) in D.keys())
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: L.pop(3))
t(lambda: 2 in D)
t(lambda: L.pop())
t(lambda: len(L))
t(lambda: S.copy())
t(lambda: S.intersection([-1, None]))
t(lambda: S.union([2.5, "b"]))
t(lambda: len(D))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: 1.0 in D.keys())
t(lambda: S.difference_update([(1, 2)]))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: L.extend([-1, "a"]))
t(lambda: sorted(D.items(), key=repr))
t(lambda: S.difference([True]))
t(lambda: len(S))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.extend([1, None]))
t(lambda: len(S))
t(lambda: L.sort(key=repr))
t(lambda: S.add(1))
t(lambda: S.copy())
t(lambda: len(S))
t(lambda: S.issubset([1, 3, 1, 2, 3]))
t(lambda: L.index(2))
t(lambda: D.get(2, True))
t(lambda: D.update([(2, "a")]))
t(lambda: D.popitem())
t(lambda: S.copy())
t(lambda: sorted(L, key=str))
t(lambda: S.intersection([3, "x"]))
t(lambda: D.get("a"))
t(lambda: L.insert(-3, 2))
t(lambda: S.add(2.5))
t(lambda: S.union([0, 2.5]))
t(lambda: sorted(D.items(), key=repr))
t(lambda: L.extend([True, None]))
t(lambda: repr(D.keys()))
t(lambda: list(D.items()))
t(lambda: S.union([0, (1, 2)]))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: 2.5 in S)
t(lambda: max(L, key=str, default=0))
t(lambda: L[:])
t(lambda: L[:])
t(lambda: D.update({0: 3}))
t(lambda: S.intersection_update([-1, (1, 2), 0, 1, 2, 3, "a"]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: 1.0 in D.keys())
t(lambda: D.setdefault(2, 3))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.remove("a"))
t(lambda: D.__setitem__("x", 3))
t(lambda: dict.fromkeys(D, 0))
t(lambda: L.index(None))
t(lambda: repr(D.keys()))
t(lambda: L.remove(3))
t(lambda: L.pop())
t(lambda: S.copy())
t(lambda: S.difference([2.5]))
t(lambda: "a" in L)
t(lambda: D.pop(3, 0))
t(lambda: S.remove("x"))
t(lambda: D.get(None, 1.0))
t(lambda: list(D.keys()))
t(lambda: ("x", None) in D.items())
t(lambda: sorted(L, key=str))
t(lambda: S.copy())
t(lambda: L.remove(None))
t(lambda: (1.0, True) in D.items())
t(lambda: sorted(L, key=str))
t(lambda: L.pop(-2))
t(lambda: (3, 2.5) in D.items())
t(lambda: True in L)
t(lambda: D.get(None, 2.5))
t(lambda: D.update({-1: None}))
t(lambda: sorted(D.items(), key=repr))
t(lambda: S.copy())
t(lambda: S.isdisjoint([True]))
t(lambda: min(L, key=repr, default=None))
t(lambda: None in S)
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.extend([1, True]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: "b" in L)
t(lambda: D.__setitem__(3, -1))
t(lambda: D.__setitem__(2.5, -1))
t(lambda: S.remove(2.5))
t(lambda: L.pop())
t(lambda: L.index("x"))
t(lambda: S.discard(1))
t(lambda: min(L, key=repr, default=None))
t(lambda: "b" in S)
t(lambda: len(D))
t(lambda: L.copy())
t(lambda: max(L, key=str, default=0))
t(lambda: L.index(2.5))
t(lambda: L.count(2))
t(lambda: D.popitem())
t(lambda: L.sort(key=repr))
t(lambda: sorted(L, key=str))
t(lambda: S.copy())
t(lambda: list(D.items()))
t(lambda: D.get(3))
t(lambda: D.pop("a"))
t(lambda: L[:])
t(lambda: list(D.values()))
t(lambda: dict(D))
t(lambda: S.issubset([3, "a", 1, 2, 3]))
t(lambda: min(L, key=repr, default=None))
t(lambda: 2 in D)
t(lambda: S.symmetric_difference(["x", 2.5]))
t(lambda: L.count(None))
t(lambda: L.pop(4))
t(lambda: L.remove(None))
t(lambda: L[:])
t(lambda: "x" in D.values())
t(lambda: len(L))
t(lambda: S.discard("x"))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: D.get("b", 1))
t(lambda: S.difference([1.0]))
t(lambda: max(L, key=str, default=0))
t(lambda: S.issubset(["x", None, 1, 2, 3]))
t(lambda: L.pop(-4))
t(lambda: D.copy())
t(lambda: D.setdefault((1, 2), -1))
t(lambda: S.discard(-1))
t(lambda: sorted(L, key=str))
t(lambda: L.insert(-5, "x"))
t(lambda: None in D.values())
t(lambda: L.remove(0))
t(lambda: D.get(1.0, "a"))
t(lambda: D.pop(-1))
t(lambda: len(S))
t(lambda: len(L))
t(lambda: sorted(L, key=str))
t(lambda: L.append(3))
t(lambda: S.add("x"))
t(lambda: L.append(None))
t(lambda: S.isdisjoint([3]))
t(lambda: max(L, key=str, default=0))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: repr(D.keys()))
t(lambda: S.remove("a"))
t(lambda: min(L, key=repr, default=None))
t(lambda: S.remove("a"))
t(lambda: D.__setitem__(1, 2.5))
t(lambda: L.insert(3, "x"))
t(lambda: 3 in L)
t(lambda: L.index(3, 1))
t(lambda: sorted(D.items(), key=repr))
t(lambda: -1 in S)
t(lambda: L.remove(True))
t(lambda: L.pop())
t(lambda: L.copy())
t(lambda: S.issubset([2, None, 1, 2, 3]))
t(lambda: S.symmetric_difference_update(["a"]))
t(lambda: L.extend([1.0, "a"]))
t(lambda: L.extend([None, "b"]))
t(lambda: D.__setitem__(True, (1, 2)))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: S.issuperset([3]))
t(lambda: L.index(3, 1))
t(lambda: L.append("x"))
t(lambda: (2, None) in D.items())
t(lambda: D.copy())
t(lambda: S.intersection([True, (1, 2)]))
t(lambda: S.intersection([0, "x"]))
t(lambda: S.symmetric_difference([1, (1, 2)]))
t(lambda: len(S))
t(lambda: S.difference([None]))
t(lambda: L.index(0, 1))
t(lambda: S.add(3))
t(lambda: L.pop())
t(lambda: dict(D))
t(lambda: 2 in L)
t(lambda: D.pop(2, "x"))
t(lambda: S.discard(2.5))
t(lambda: L.extend([1, 0]))
t(lambda: S.intersection([True, 3]))
t(lambda: S.add("x"))
t(lambda: len(D))
t(lambda: S.intersection_update(["x", True, 0, 1, 2, 3, "a"]))
t(lambda: L.pop(-4))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: D.copy())
t(lambda: S.union(["x", "a"]))
t(lambda: S.union(["b", "b"]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: S.isdisjoint([3]))
t(lambda: len(L))
t(lambda: L.extend([2.5, 2]))
t(lambda: len(L))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: D.__setitem__(2, "x"))
t(lambda: S.symmetric_difference(["b", 1]))
t(lambda: min(L, key=repr, default=None))
t(lambda: dict(D))
t(lambda: S.difference([1]))
t(lambda: L.index("b", 1))
t(lambda: list(D.values()))
t(lambda: S.add("b"))
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: S.intersection_update([1.0, "b", 0, 1, 2, 3, "a"]))
t(lambda: L.copy())
t(lambda: L.extend([2.5, "b"]))
t(lambda: D.setdefault(0, 0))
t(lambda: len(L))
t(lambda: max(L, key=str, default=0))
t(lambda: D.get((1, 2)))
t(lambda: len(S))
t(lambda: L.index(None))
t(lambda: D.pop(0, "b"))
t(lambda: S.symmetric_difference_update([1.0]))
t(lambda: L.sort(key=repr))
t(lambda: dict.fromkeys(D, 0))
t(lambda: 1.0 in D.keys())
t(lambda: S.isdisjoint([1.0]))
t(lambda: S.isdisjoint([1.0]))
t(lambda: repr(D.keys()))
t(lambda: -1 in L)
t(lambda: repr(D.keys()))
t(lambda: "a" in D)
t(lambda: list(D.items()))
t(lambda: S.symmetric_difference_update([2]))
t(lambda: S.remove("x"))
t(lambda: len(L))
t(lambda: S.symmetric_difference_update([1]))
t(lambda: D.update([(2, 3)]))
t(lambda: L[:])
t(lambda: D.setdefault(3, None))
t(lambda: L.reverse())
t(lambda: 2.5 in D.values())
t(lambda: L.count("x"))
t(lambda: len(L))
t(lambda: S.issubset([True, 1.0, 1, 2, 3]))
t(lambda: D.update([("x", 1.0)]))
t(lambda: D.clear() if len(D) > 8 else None)
t(lambda: S.issuperset(["b"]))
t(lambda: D.update({2: None}))
t(lambda: L.copy())
t(lambda: S.add(2))
t(lambda: D.pop(-1, "x"))
t(lambda: (2.5, None) in D.items())
t(lambda: S.pop() if len(S) > 6 else None)
t(lambda: D.popitem())
t(lambda: D.get(2.5, "b"))
t(lambda: S.union([0, 3]))
t(lambda: dict.fromkeys(D, 0))
t(lambda: L.index(True, 1))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: S.difference([0]))
t(lambda: D.update({3: "b"}))
t(lambda: dict(D))
t(lambda: L.clear() if len(L) > 12 else None)
t(lambda: L.index("b", 1))
t(lambda: sorted(D.items(), key=repr))
t(lambda: L.pop(-1))
t(lambda: -1 in D.keys())
t(lambda: S.issubset([-1, 2, 1, 2, 3]))
t(lambda: D.setdefault(3, "x"))
t(lambda: list(D.values()))
t(lambda: D.setdefault("b", 3))
t(lambda: L.index("a", 1))
t(lambda: L.remove(0))
t(lambda: L[:])
t(lambda: D.copy())
t(lambda: S.copy())
t(lambda: "b" in D.values())
t(lambda: frozenset(S))
t(lambda: S.symmetric_difference(["x", None]))
t(lambda: S.symmetric_difference_update([True]))
t(lambda: S.difference_update([1]))
t(lambda: L.extend(["x", (1, 2)]))
t(lambda: S.intersection_update(["x", True, 0, 1, 2, 3, "a"]))
t(lambda: -1 in S)
t(lambda: min(L, key=repr, default=None))
t(lambda: sorted(D.items(), key=repr))
t(lambda: L.append(-1))
t(lambda: L.reverse())
t(lambda: len(L))
t(lambda: D.copy())
t(lambda: S.difference_update(["x"]))
t(lambda: S.discard(True))
t(lambda: repr(D.keys()))
t(lambda: L.pop(4))
t(lambda: D.pop("a"))
t(lambda: S.difference_update([0]))
t(lambda: D.update({2: 0}))
t(lambda: sorted(L, key=str))
t(lambda: D.pop(2.5))
t(lambda: S.symmetric_difference([True, -1]))
t(lambda: S.issuperset([(1, 2)]))
t(lambda: L.sort(key=repr))
t(lambda: dict(D))
t(lambda: (1, 2) in S)
t(lambda: L.reverse())
t(lambda: S.remove("x"))
t(lambda: D.setdefault(1, "b"))
t(lambda: L.index(None))
t(lambda: D.setdefault("x", 1))
t(lambda: L.remove("x"))
t(lambda: L.insert(3, "x"))
print(L, sorted(D.items(), key=repr), sorted(S, key=repr))
"#, r#"IndexError pop from empty list
None
'b'
0
1
KeyError 'popitem(): dictionary is empty'
None
False
None
False
None
{}
'a'
None
None
0
None
None
None
None
None
None
True
'a'
None
None
[]
False
('set', [(1, 2)])
False
False
None
4
[]
None
None
True
ValueError 1.0 is not in list
'dict_keys([1])'
('set', [(1, 2)])
None
None
False
None
(1, 2)
'a'
'a'
None
[-1, -1, 0, 1, 2, 2, 3, 3, 3, 3, 3, 'a', 'a', 'b', 'b', 'x']
None
[1, 3, 'a', -1, 0, 3, 3, 3, 2, 'b', 'x', -1, 'b', 2, 'a', 3]
True
['b']
None
ValueError None is not in list
False
9
None
[(1, 'b')]
[2.5, 3, 'a', -1, 0, 3, 3, 3, 2, 'b', 'x', -1, 'b', 2, 'a', 3]
None
0
None
False
1
None
0
[]
('set', [1.0, None])
KeyError (1, 2)
0
None
('set', [1])
0
[]
('set', [2, None])
None
2
False
(1, 'b')
True
False
True
None
False
None
KeyError -1
None
ValueError True is not in list
None
('set', [])
'b'
False
None
False
(-1, True)
None
[]
None
0
('set', [0, 2, True])
{}
2
('set', [])
None
('set', [True])
False
False
False
None
{}
None
[]
1
0
True
'x'
0
False
None
None
3
3
None
None
'a'
KeyError 'popitem(): dictionary is empty'
[]
KeyError (1, 2)
{}
('set', [-1])
[]
None
None
('set', [1])
True
('set', [1])
None
False
[None, None, 'a']
[]
ValueError list.remove(x): x not in list
'a'
None
ValueError True is not in list
('set', [(1, 2), 1, None])
'a'
False
False
ValueError 'x' is not in list
None
3
None
False
None
'a'
{}
('set', [(1, 2), 1, None])
True
('set', [(1, 2), 0, 1, None])
None
('set', [None])
'a'
None
True
None
None
None
6
False
('set', [(1, 2), None])
('set', [(1, 2), None])
1
None
None
'a'
'a'
True
3
None
(1, None)
[None, 3, 2, 'a', None, 1.0, 2.5]
1
None
True
'a'
[('x', 1)]
[1]
[2, 2.5, 3, None, None, 'a']
"dict_keys(['x'])"
ValueError list.remove(x): x not in list
1
ValueError list.remove(x): x not in list
[None, 3, 2, 'a', None, 2.5]
None
None
False
None
None
None
[0, 2, 2.5, 2.5, 3, None, None, 'a']
[None, 3, 2, 'a', None, 2.5, 2.5, 0]
None
None
[('x', 1), (0, True)]
False
True
('set', ['a', (1, 2), -1, 0, None, True])
None
False
1
None
None
False
None
False
'a'
False
('set', [(1, 2), -1, None, True])
None
1.0
['x', 0, 2.5]
None
"dict_keys(['x', 0, 2.5])"
None
9
('set', ['x', (1, 2), -1])
None
[0, 1.0, 2, 2.5, 2.5, 3, None, None, 'a']
('set', [1])
1
False
9
None
['a', 0, 1.0, 2, 2.5, 2.5, 3, None, None]
['a', 0, 1.0, 2, 2.5, 2.5, 3, None, None]
None
False
('set', ['x', (1, 2), -1, None, True])
[0, 1.0, 2, 2.5, 2.5, 3, None, None, 'a']
None
None
None
[('x', -1), (0, True), (2.5, 1.0)]
('set', ['x', (1, 2), -1, None, True])
None
True
5
5
None
['x', 0, 2.5, None, 1]
[0, 1.0, 2, 2.5, 2.5, 3, None, 'a']
[('x', -1), (0, True), (1, True), (2.5, 1.0), (None, 2.5)]
(1, True)
None
False
'a'
4
{'x': -1, 0: True, 2.5: 1.0, None: 2.5}
[0, 1.0, 2, 2.5, 2.5, 3, None, 'a']
None
('set', ['x', (1, 2), None, True])
['x', 0, 2.5, None]
None
[0, 1.0, 2, 2.5, 2.5, 3, None, True, 'a']
['a', 0, 1.0, 2, 2.5, 2.5, 3, None, True]
[('x', -1), (0, True), (2.5, 1.0), (None, 2.5)]
['x', 0, 2.5, None]
'a'
[0, 1.0, 2, 2.5, 2.5, 3, None, True, 'a']
True
0
['a', 0, 1.0, 2, 2.5, 2.5, 3, None, True]
False
None
{'x': 0, 0: 0, 2.5: 0, None: 0}
None
False
"dict_keys(['x', 0, 2.5, None])"
None
None
ValueError -1 is not in list
True
None
None
False
1
('set', ['x', (1, 2), 2.5])
None
None
(None, 'x')
(2.5, 1)
None
2
[('x', -1), (0, True)]
['x', 0]
[('x', -1), (0, True)]
'a'
('set', ['a', 'x', (1, 2), -1, 2.5, None, True])
ValueError 'a' is not in list
None
False
None
False
None
True
None
None
None
(0, True)
'a'
('set', ['x', (1, 2), 2.5, None, True])
ValueError -1 is not in list
1
1
False
None
True
None
'a'
'a'
12
1.0
[('x', -1), ((1, 2), 'a')]
True
None
False
{'x': -1, (1, 2): 'a'}
None
None
False
['a', 'a', 0, 1.0, 2, 2.5, 2.5, 3, None, 3, True, True, 0]
False
False
ValueError 'b' is not in list
0
[0, 1.0, 2, 2.5, 2.5, 3, 3, None, True, True, 'a', 'a']
None
None
['a', 'a', 0, 1.0, 2.5, 2.5, 3, None, 3, True, True]
['a', 'a', 0, 1.0, 2.5, 2.5, 3, None, 3, True, True]
None
None
2
{'x': -1, (1, 2): 'a'}
('set', [0])
3
2
False
None
"dict_keys(['x', (1, 2)])"
None
2
None
'a'
False
['x', (1, 2)]
None
('set', ['b', 0, 3])
KeyError -1
None
ValueError list.remove(x): x not in list
None
None
3
False
"dict_keys(['x', (1, 2)])"
False
0
['a', 0, 1.0, 2.5, 2.5, 3, None, 3, True, True, (1, 2), 2, 1]
None
None
None
7
('set', ['b', 0, 1.0])
None
False
None
[]
0
2
2
[]
True
None
IndexError pop from empty list
False
IndexError pop from empty list
0
('set', [0, 1.0])
('set', [])
('set', ['b', 0, 1.0, 2.5])
3
None
True
None
None
None
[('x', -1), ((1, 2), 'a'), (1, 0)]
('set', [0])
2
None
None
2
None
None
('set', [0, 1.0])
2
False
ValueError 2 is not in list
True
None
(2, 'a')
('set', [0, 1.0])
[-1, 1, None, 'a']
('set', [])
None
None
None
('set', [0, 1.0, 2.5])
[('x', -1), ((1, 2), 'a'), (1, 0)]
None
"dict_keys(['x', (1, 2), 1])"
[('x', -1), ((1, 2), 'a'), (1, 0)]
('set', [(1, 2), 0, 1.0, 2.5])
None
True
'a'
['a', 2, -1, 1, None, True, None]
['a', 2, -1, 1, None, True, None]
None
None
None
True
3
None
None
None
{'x': 0, (1, 2): 0, 1: 0, 0: 0, 2: 0}
3
"dict_keys(['x', (1, 2), 1, 0, 2])"
ValueError list.remove(x): x not in list
None
('set', [0, 1])
('set', [0, 1])
False
0
KeyError 'x'
1.0
['x', (1, 2), 1, 0, 2]
False
[-1, 1, 2, None, True]
('set', [0, 1])
None
False
[-1, 1, 2, True]
1
False
True
2.5
None
[('x', 3), ((1, 2), 'a'), (-1, None), (0, 3), (1, 0), (2, 3)]
('set', [0, 1])
False
-1
False
None
None
None
False
None
None
KeyError 2.5
True
ValueError 'x' is not in list
None
-1
False
8
[2, -1, True, 1]
True
ValueError 2.5 is not in list
1
(2.5, -1)
None
[-1, 1, 2, True]
('set', [0])
[('x', 3), ((1, 2), 'a'), (1, 0), (0, 3), (2, 3), (-1, None), (3, -1)]
-1
KeyError 'a'
[-1, 1, 2, True]
[3, 'a', 0, 3, 3, None, -1]
{'x': 3, (1, 2): 'a', 1: 0, 0: 3, 2: 3, -1: None, 3: -1}
False
-1
True
('set', ['x', 0, 2.5])
0
IndexError pop index out of range
ValueError list.remove(x): x not in list
[-1, 1, 2, True]
False
4
None
None
1
('set', [0])
True
False
-1
{'x': 3, (1, 2): 'a', 1: 0, 0: 3, 2: 3, -1: None, 3: -1}
'a'
None
[1, 2, True]
None
True
ValueError list.remove(x): x not in list
0
None
1
4
[1, 2, True, 'x']
None
None
None
True
'x'
None
"dict_keys(['x', (1, 2), 1, 0, 2, 3])"
KeyError 'a'
'x'
KeyError 'a'
None
None
True
5
[('x', 3), ((1, 2), 'a'), (0, 3), (1, 2.5), (2, 3), (3, -1)]
False
None
None
['x', 2, 'x', True, 3]
False
None
None
None
None
None
False
4
None
False
{'x': 3, (1, 2): 'a', 1: (1, 2), 0: 3, 2: 3, 3: -1}
('set', [])
('set', ['x', 0])
('set', ['a', 'x', (1, 2), 0, 1])
3
('set', ['a', 'x', 0])
ValueError 0 is not in list
None
'x'
{'x': 3, (1, 2): 'a', 1: (1, 2), 0: 3, 2: 3, 3: -1}
True
3
None
None
('set', [3])
None
5
None
None
None
{'x': 3, (1, 2): 'a', 1: (1, 2), 0: 3, 3: -1}
('set', ['a', 'x', 0, 3])
('set', ['a', 'b', 'x', 0, 3])
None
False
10
None
12
None
None
('set', ['a', 'b', 'x', 0, 1, 3])
'a'
{'x': 3, (1, 2): 'a', 1: (1, 2), 0: 3, 3: -1, 2: 'x'}
('set', ['a', 'x', 0, 3])
7
[3, 'a', (1, 2), 3, -1, 'x']
None
None
None
['x', 2, 'x', True, 3, 1.0, 'a', 'b', 1, 0, 2.5, 2]
None
3
14
'x'
'a'
4
ValueError None is not in list
3
None
None
{'x': 0, (1, 2): 0, 1: 0, 3: 0, 2: 0}
True
False
False
"dict_keys(['x', (1, 2), 1, 3, 2])"
False
"dict_keys(['x', (1, 2), 1, 3, 2])"
False
[('x', 3), ((1, 2), 'a'), (1, (1, 2)), (3, -1), (2, 'x')]
None
KeyError 'x'
14
None
None
['a', 'b', 'b', 'x', 'x', 0, 1, 1.0, 2, 2, 2.5, 2.5, 3, True]
-1
None
False
2
14
False
None
None
True
None
[True, 3, 2.5, 2.5, 2, 2, 1.0, 1, 0, 'x', 'x', 'b', 'b', 'a']
None
'x'
False
None
(2, None)
'b'
('set', ['a', 'b', 0, 2, 3])
{'x': 0, (1, 2): 0, 1: 0, 3: 0}
6
None
('set', ['a', 'b', 2, 3])
None
{'x': 1.0, (1, 2): 'a', 1: (1, 2), 3: 'b'}
None
ValueError 'b' is not in list
[('x', 1.0), ((1, 2), 'a'), (1, (1, 2)), (3, 'b')]
IndexError pop from empty list
False
False
'b'
[1.0, 'a', (1, 2), 'b']
3
ValueError 'a' is not in list
ValueError list.remove(x): x not in list
[]
{'x': 1.0, (1, 2): 'a', 1: (1, 2), 3: 'b', 'b': 3}
('set', ['a', 'b', 0, 2, 3])
True
('set', ['a', 'b', 0, 2, 3])
('set', ['a', 'b', 'x', 0, 2, 3, None])
None
None
None
None
False
'x'
[('b', 3), ('x', 1.0), ((1, 2), 'a'), (1, (1, 2)), (3, 'b')]
None
None
3
{'x': 1.0, (1, 2): 'a', 1: (1, 2), 3: 'b', 'b': 3}
None
None
"dict_keys(['x', (1, 2), 1, 3, 'b'])"
IndexError pop index out of range
KeyError 'a'
None
None
[(1, 2), -1, 'x']
KeyError 2.5
('set', ['a', -1, 2, 3, True])
False
None
{'x': 1.0, (1, 2): 'a', 1: (1, 2), 3: 'b', 'b': 3, 2: 0}
False
None
KeyError 'x'
(1, 2)
ValueError None is not in list
1.0
None
None
[-1, (1, 2), 'x'] [('b', 3), ('x', 1.0), ((1, 2), 'a'), (1, (1, 2)), (2, 0), (3, 'b')] ['a', 2, 3]
"#);
}

#[test]
fn bytes_methods() {
    check("bytes_methods", r#"b = "héllo wörld".encode()
print(b, b.hex(), bytes.fromhex("de ad be ef"), b"-".join([b"a", b"b"]), b.startswith(b"h"), b.endswith((b"x", b"d")))
print(b.find(b"l"), b.find(b"z"), b.count(b"l"), b.replace(b"l", b"L"), b"a b  c".split(), b"a,b".split(b","), b"  x \n".strip(), b"xxaxx".strip(b"x"))
print(b"Ab".upper(), b"Ab".lower(), b.decode(), len(b), b[0], list(b"ab"), b"ab" + b"cd", b"ab" * 2, b"a" in b"cab")
try:
    bytes.fromhex("zz")
except ValueError as e:
    print(e)
b = b"hello\nworld\n"
print(b.find(b"\n", 6), b.find(b"o", -3), b.find(b"o", 100), b.count(b"o", 5), b.find(10), b.count(108), b.find(b"", 3), b.find(b"", 99))
"#, r#"b'h\xc3\xa9llo w\xc3\xb6rld' 68c3a96c6c6f2077c3b6726c64 b'\xde\xad\xbe\xef' b'a-b' True True
3 -1 3 b'h\xc3\xa9LLo w\xc3\xb6rLd' [b'a', b'b', b'c'] [b'a', b'b'] b'x' b'a'
b'AB' b'ab' héllo wörld 13 104 [97, 98] b'abcd' b'abab' True
non-hexadecimal number found in fromhex() arg at position 0
11 -1 -1 1 5 3 3 -1
"#);
}

#[test]
fn dir_vars() {
    check("dir_vars", r#"import math
a = 1
def f():
    x = 1; y = 2
    print(dir(), sorted(vars()))
f()
print([n for n in dir() if not n.startswith("__")])
class C:
    cls_attr = 1
    def m(self): pass
c = C(); c.z = 3
print([n for n in dir(c) if not n.startswith("__")], [n for n in dir(C) if not n.startswith("__")])
print("sqrt" in dir(math), "pi" in dir(math))
print(dir(1)[:3], "bit_length" in dir(1), "split" in dir(""), "append" in dir([]))
"#, r#"['x', 'y'] ['x', 'y']
['a', 'f', 'math']
['cls_attr', 'm', 'z'] ['cls_attr', 'm']
True True
['__abs__', '__add__', '__and__'] True True True
"#);
}

#[test]
fn misc_builtins() {
    check("misc_builtins", r#"print(list(range(10))[::3], range(0, 10, 2)[1:3], list(range(-5)), range(3) == range(0, 3), len(range(10**6)))
print(repr(range(-1, -10, -3)), list(reversed(range(1, 10, 4))), 3 in range(0, 10, 3), 4 in range(0, 10, 3))
print(int.__name__, str(int), type(5), type("a").__name__, bool.__mro__ if hasattr(bool, "__mro__") else None)
print(isinstance([], (list, tuple)), isinstance(1, (str, (float, int))))
print(callable(str.upper), callable(lambda: 0), callable(type), callable(object()))
print(getattr([], "append").__name__, hasattr("", "nope"), getattr(1, "real", "d"))
x = [1, 2, 3]
print(id(x) == id(x), id(x) != id([1, 2, 3]), hash(()) == hash(()), hash((1, "a")) == hash((1, "a")))
print(str(b"ab"), bytes(3), bytes([65, 66]), b"hi".decode(), bytes("é", "utf-8"), len(b"abc"), list(b"ab"))
print(format(1234567.891, ",.2f"), format(-1, "b"), format(0.000012345, ".3g"), format(True, "d"), format(None, ""))
print(abs(-0.0), abs(-7), max(-0.0, 0.0), min(0.0, -0.0), max([1, 2], [1, 3]), min((3, "a"), (3, "B")))
print(sum([1e100, 1.0, -1e100]), sum([True, True]), sum([], 0.0), sum((x for x in [1, 2]), 10))
print(pow(0, 0), pow(2.0, 0.5), pow(-8, 1/3) if False else 0, 2 ** -1, pow(10, -2), divmod(-7, -2), divmod(7, -2))
print(round(0.5 + 2**-53), round(-1.5), round(1e16 + 1), round(2.5e-308, 310) if False else 0)
print(ord("\n"), chr(0x1F600), chr(10) == "\n", hex(0), oct(-8), bin(-3))
print(all(()), any(()), all([[]]), any([[], [0]]))
print(sorted("bca", reverse=True), sorted([3, 1, 2], key=None), list(zip(*[[1, 2], [3, 4]])))
print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(str.isdigit, ["1", "a", "22"])))
e = enumerate(["x", "y"]); print(next(e), list(e))
it = iter(range(3)); print(next(it), list(it), next(it, "end"))
cnt = [0]
def gen():
    cnt[0] += 1
    return cnt[0]
print(list(iter(gen, 4)))
print("%s %s" % (1, [2]), "%-3d|" % 7, "%3s|%-3s|" % ("a", "b"), "%.1f%%" % 99.5)
print(str(12), str(-3.5), str(True), str([None]), str((1,)), str({1: "a"}), str({1}), str(frozenset()))
print(repr(""), repr("'"), repr('"'), repr("\x00\u200b"), repr("\\"), ascii("ü→😀"))
"#, r#"[0, 3, 6, 9] range(2, 6, 2) [] True 1000000
range(-1, -10, -3) [9, 5, 1] True False
int <class 'int'> <class 'int'> str (<class 'bool'>, <class 'int'>, <class 'object'>)
True True
True True True False
append False 1
True True True True
b'ab' b'\x00\x00\x00' b'AB' hi b'\xc3\xa9' 3 [97, 98]
1,234,567.89 -1 1.23e-05 1 None
0.0 7 -0.0 0.0 [1, 3] (3, 'B')
0.0 2 0.0 13
1 1.4142135623730951 0 0.5 0.01 (3, -1) (-4, -1)
1 -2 10000000000000000 0
10 😀 True 0x0 -0o10 -0b11
True False False True
['c', 'b', 'a'] [1, 2, 3] [(1, 3), (2, 4)]
[11, 22] ['1', '22']
(0, 'x') [(1, 'y')]
0 [1, 2] end
[1, 2, 3]
1 [2] 7  |   a|b  | 99.5%
12 -3.5 True [None] (1,) {1: 'a'} {1} frozenset()
'' "'" '"' '\x00\u200b' '\\' '\xfc\u2192\U0001f600'
"#);
}
