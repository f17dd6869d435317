# glob: *, ?, [..], recursive **, hidden files, root_dir, escape/has_magic, iglob; on a tree made by the test
import os
import glob

top = "_stdlib_glob_tree"
paths = ["a.txt", "b.txt", "c.py", ".hidden.txt", "sub/d.txt", "sub/e.py", "sub/deep/f.txt",
         ".hid/g.txt", "x[1].txt"]
made = []
for p in paths:
    full = os.path.join(top, p)
    d = os.path.dirname(full)
    if not os.path.isdir(d):
        os.makedirs(d)
    with open(full, "w") as f:
        f.write(p)
    made.append(full)

def show(*args, **kw):
    print(args, kw, sorted(glob.glob(*args, **kw)))

try:
    show(top + "/*.txt")
    show(top + "/?.py")
    show(top + "/[ab].txt")
    show(top + "/[!a]*")
    show(top + "/*/")
    show(top + "/**", recursive=True)
    show(top + "/**/*.txt", recursive=True)
    show(top + "/**/", recursive=True)
    show(top + "/**/*.txt", recursive=True, include_hidden=True)
    show(top + "/**/*.txt")
    show(top + "/.*")
    show("*.txt", root_dir=top)
    show("**", root_dir=os.path.join(top, "sub"), recursive=True)
    show(top + "/nothere/*")
    show(top + "/a.txt")
    show(top + "/missing.txt")
    show(top + "/x[1].txt")
    show(glob.escape(top + "/x[1].txt"))
    show(top + "/sub/*/f.txt")
    print(sorted(glob.iglob(top + "/sub/*")), type(glob.iglob("*")).__name__)
    print(glob.escape("a*b?c[d]"), glob.escape(b"x*\xff["), glob.has_magic("a*"), glob.has_magic("abc"), glob.has_magic(b"[x]"))
    print(glob.glob(""), glob.__all__)
finally:
    for full in made:
        os.remove(full)
    for d in ["sub/deep", "sub", ".hid", ""]:
        os.rmdir(os.path.join(top, d))
print(os.path.exists(top))
