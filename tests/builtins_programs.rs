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
