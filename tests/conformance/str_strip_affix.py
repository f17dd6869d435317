# strip/lstrip/rstrip of ASCII text by bytes (whitespace mask, char set), startswith/endswith of one str without a range
for s in ["  a b  ", "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1fx\x1f ", "", "   ", "x", " é ", "\xa0a\xa0", "\u2003b\u2003", "a\x00 ", "\x7f a \x7f", "\x1bq\x1b"]:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(None)), repr(s.strip("a ")), repr(s.rstrip("\x7f")))
for s, p in [("item", "it"), ("item", "item"), ("item", "items"), ("", ""), ("abc", ""), ("héllo", "hé"), ("héllo", "lo")]:
    print(s.startswith(p), s.endswith(p), s.startswith((p, "x")), s.startswith(p, 1), s.endswith(p, 0, 3))
for bad in (1, None, ["a"]):
    try:
        "abc".startswith(bad)
    except TypeError as e:
        print(e)
class S(str): pass
print(S("  x ").strip(), S("xyz").startswith("xy"), "xyz".startswith(S("xy")), S(" ab ").strip() is S)
