# difflib: HtmlDiff.make_table / make_file (context and full), tab expansion and line wrapping
import difflib

a = ["def f(x):\n", "\treturn x + 1\n", "print(f(2))\n", "same\n", "same\n", "same\n", "same\n", "same\n", "end a\n"]
b = ["def f(y):\n", "\treturn y + 1\n", "print(f(3))\n", "same\n", "same\n", "same\n", "same\n", "same\n", "end b <&>\n"]
h = difflib.HtmlDiff(tabsize=4, wrapcolumn=12)
print(h.make_table(a, b, "from", "to"))
print(h.make_table(a, b, context=True, numlines=1))
print(difflib.HtmlDiff().make_table([], []))
page = difflib.HtmlDiff().make_file(a[:2], b[:2], charset="ascii")
print(len(page.splitlines()), page.splitlines()[3], page.count("<tr>"))
