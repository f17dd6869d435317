# str.find/count/index without a range, replace with kept match offsets, ASCII title/capitalize/swapcase mapped from the previous byte
s = "aXbXcXd" * 3
print(s.replace("X", "yy"), s.replace("X", "", 2), s.replace("Xb", "Q"), "abc".replace("z", "q"))
print(("ab" * 20).replace("ab", "c"), ("ab" * 20).replace("ab", "c", 9), ("ab" * 20).replace("b", "éé"))
print("héllo wörld".replace("ö", "o"), "ééé".replace("é", "e", 2))
print("hello".find("l"), "hello".find("l", 3), "hello".find("z"), "héllo".find("l"), "héllo".find("l", -2), "hello".find("", 9))
print("hello".count("l"), "héllo".count("l"), "hello".count(""), "hello".count("l", 3), "hello".count("ll"))
print("hello".index("o"), "héllo".rindex("l"), "hello".rfind("l"))
print("xxhixx".strip("x"), "xyhiyx".lstrip("yx"), "abc".rstrip("c"), "  a b  ".strip(), "~~a~~".strip("~\x7f"))
print("hello world_foo-bar 3x".title(), "HELLO wORLD".capitalize(), "HeLLo".swapcase(), "a1b2 c3".title(), "@z[A`".title())
try:
    "x".find(1)
except TypeError as e:
    print(e)
try:
    "x".count()
except TypeError as e:
    print(e)
class S(str): pass
print(S("hello").find("l"), S("hello").count("l"), S("Ab cd").title())
print("1abc DEF".capitalize(), "".capitalize(), "".title(), "a".title(), "ABC\x00def".title(), "x[y]z{w}Q".swapcase(), "AbC".upper(), "AbC".lower(), "ß".upper())
print("they're bill's friends".title(), "hello-WORLD_foo9bar".title(), "ǅx".title(), "aé b".title())
