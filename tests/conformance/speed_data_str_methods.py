class S(str): pass
for s in ["", "a", "abc", "héllo wörld", "ITEM1:2:3", "aaaa", "𝔘nicode 𝔘", S("sub ITEM str")]:
    print(repr(s.upper()), repr(s.lower()), repr(s.title()), repr(s.capitalize()), repr(s.swapcase()), repr(s.casefold()))
    print(s.replace("a", "xy"), s.replace("aa", "b"), s.replace("ITEM", "it"), s.replace("ö", "oe"), s.replace("𝔘", "U", 1), s.replace("", "-"), s.replace("a", "", 2))
    print(s.count("a"), s.count("aa"), s.count(""), s.count("𝔘"), s.find("l"), s.find("wö"), s.rfind("a"), s.rfind("aa"), s.find("𝔘", 1))
    print(s.split("a"), s.split(), s.rsplit("aa", 1), s.split(":"), "-".join([s, s]), "".join([s]) is s, "".join([s]))
    print(len(s.replace("a", "é")), len("|".join([s, "é"])), len(s.upper()), type(s.upper()).__name__, type(s.replace("q", "z")).__name__)
    print(s.strip("a"), s.strip(), s.lstrip("𝔘"), s.rstrip("d"), len(s.strip("𝔘 ")))
x = "abcabc"
print(x.replace("zz", "y") is x, x.replace("b", "B", 0), x.replace("b", "B", -1), x.replace("abc", "", 1))
long = "ab" * 100 + "needle" + "cd" * 100
print(long.find("needle"), long.rfind("needle"), long.count("ab"), long.count("abab"), len(long.replace("needle", "N")), long.replace("cd", "")[-10:])
print("aaa".count("aa"), "aaaa".replace("aa", "b"), "abc".find("abcd"), "abc".rfind("abcd"), "ab".find("b", 1), "abcab".rfind("ab", 0, 4))
print(str(0), str(-1), str(123456789), str(-9223372036854775807 - 1), str(2**62), str(-(2**62)), str(True), len(str(-5)))
print(".".join(x for x in "abc"), "".join([]), "".join(["é", "ab"]), len("".join(["é", "𝔘"])))
try:
    "-".join(["a", 1])
except TypeError as e:
    print(e)
class S(str): pass
for s in ["", "x", "xxx", "itemit", "  a b  ", "abcba", "héllo", "éaé", S("xxsubxx")]:
    for cs in ["", "x", "it", "a", "ab", "é", " ", "xyz"]:
        print(repr(s.strip(cs)), repr(s.lstrip(cs)), repr(s.rstrip(cs)), cs in s, s in cs, type(s.strip(cs)).__name__, end=" | ")
    print()
print("|000" in "a|0001", "" in "", "" in "a", "abc" in "ab", "é" in "café", "fé" in "café", "x" * 70 + "yz" in "x" * 100 + "yz", "needle" in "hay" * 40 + "needle")
