# getopt: short and long options, gnu_getopt permutation, errors (GetoptError.msg / .opt)
import getopt

args = "-a -b val -cfoo --long --with=3 --opt x file1 file2".split()
opts, rest = getopt.getopt(args, "ab:c:", ["long", "with=", "opt"])
print(opts)
print(rest)
print(getopt.getopt(["-abval", "--", "-x"], "ab:"))
print(getopt.getopt(["file", "-a"], "a"))
print(getopt.gnu_getopt(["file", "-a", "--lo", "y", "z"], "a", ["long="]))
print(getopt.gnu_getopt(["+", "-a"], "+a"))
print(getopt.getopt(["--wi", "5"], "", ["with=", "without"]) if False else "skip")
print(getopt.getopt(["--with", "5"], "", ["with="]))
print(getopt.getopt(["--opt=", "-"], "", ["opt="]))
print(getopt.getopt([], "a"))
print(getopt.getopt("-a -b".split(), "ab", "bee"))
for argv, short, longs in [
    (["-x"], "a", []),
    (["-b"], "b:", []),
    (["--nope"], "", ["long"]),
    (["--long=1"], "", ["long"]),
    (["--with"], "", ["with="]),
    (["--wi"], "", ["with=", "without"]),
]:
    try:
        getopt.getopt(argv, short, longs)
    except getopt.GetoptError as e:
        print(type(e).__name__, "|", e, "|", e.msg, "|", e.opt, "|", e.args)
print(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
print(getopt.__all__)
