import string
from string import Formatter, Template
class Upper(Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<%s>" % key
        return super().get_value(key, args, kwargs)
u = Upper()
print(u.format("{} {x} {0.real} {d[k]} {missing}", 3, x="ab", d={"k": "v"}))
f = Formatter()
print(f.format("{:{w}.{p}f}|{!s:>5}|{a[1]}", 3.14159, "x", w=8, p=2, a=[9, 8]))
print(f.vformat("{0}{1}", ("a", "b"), {}))
for bad in ["{", "}", "{0!x}", "{:{:{}}}", "{0[}", "{a.}"]:
    try:
        print(f.format(bad, 1, a=1))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)
print(list(f.parse("x{{y}}z{0!r:^4}")))
t = Template("$a and $$ and ${b}c")
print(t.substitute(a=1, b=2), t.safe_substitute({"a": "A"}), t.get_identifiers(), t.is_valid())
try:
    Template("$a $").substitute(a=1)
except ValueError as e:
    print("ValueError", e)
try:
    Template("$zz").substitute()
except KeyError as e:
    print("KeyError", e)
class Pct(Template):
    delimiter = "%"
print(Pct("%who owes %{what}").substitute(who="tim", what="$5"))
print(string.capwords(" hello   world "), string.ascii_letters[:5], len(string.printable))
