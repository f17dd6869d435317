class S(str): pass
for s in ["", "a", "abcdef", "héllo", "𝔘x𝔘y", S("subcls"), "x" * 70]:
    print(repr(s[::-1]), repr(s[::2]), repr(s[1::3]), repr(s[-2:]), repr(s[:-1]), repr(s[5:1:-1]), repr(s[100:]), repr(s[-100:2]), type(s[:]).__name__, s[:] is s if type(s) is str else None)
    print([c for c in s], [s[i] for i in range(len(s))], [s[-i] for i in range(1, len(s) + 1)])
    if s:
        print(s[0] is s[0], s[-1], ord(s[-1]), s[len(s) - 1] == s[-1])
try:
    "abc"[3]
except IndexError as e:
    print(e)
print("".join(reversed("abc")), list("a\x00\x7f"), "\x7f"[0] == chr(127), [chr(i) for i in (0, 65, 127, 128, 255)])
