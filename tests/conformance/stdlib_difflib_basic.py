# difflib: SequenceMatcher (ratios, blocks, opcodes, junk), get_close_matches, unified/context/ndiff, restore, Differ
import difflib

s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.ratio(), s.quick_ratio(), s.real_quick_ratio())
print(s.get_matching_blocks())
print(s.get_opcodes())
print(s.find_longest_match(0, 5, 0, 4), s.find_longest_match())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
s.set_seqs("abcd", "bcde")
print(s.ratio(), list(s.get_grouped_opcodes(1)))
s.set_seq1("qabxcd"); s.set_seq2("abycdf")
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print("%7s a[%d:%d] (%s) b[%d:%d] (%s)" % (tag, i1, i2, s.a[i1:i2], j1, j2, s.b[j1:j2]))
long_a = ["x"] * 300 + ["y"]
long_b = ["x"] * 300 + ["z"]
print(difflib.SequenceMatcher(None, long_a, long_b).ratio(), difflib.SequenceMatcher(None, long_a, long_b, autojunk=False).ratio())
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheal", "whale", "hello"], n=2, cutoff=0.5))
print(difflib.get_close_matches("zzz", ["a", "b"]))
try:
    difflib.get_close_matches("a", ["a"], n=0)
except ValueError as e:
    print(e)
a = "one\ntwo\nthree\nfour\nfive\nsix\nseven\n".splitlines(keepends=True)
b = "zero\none\ntree\nfour\nfive\nsix\nseven\neight\n".splitlines(keepends=True)
print("".join(difflib.unified_diff(a, b, fromfile="before.py", tofile="after.py", fromfiledate="d1", tofiledate="d2", n=1)), end="")
print("".join(difflib.unified_diff(a, b)), end="")
print("".join(difflib.context_diff(a, b, fromfile="before.py", tofile="after.py")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
nd = list(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"]))
print("".join(nd), end="")
print("".join(difflib.restore(nd, 1)), end="")
print("".join(difflib.restore(nd, 2)), end="")
d = difflib.Differ()
print("".join(d.compare(["abcdefg\n", "same\n"], ["abcdxfg\n", "same\n", "new\n"])), end="")
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"f", b"g")))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher(None, "", "").ratio())
try:
    list(difflib.unified_diff(["a"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
