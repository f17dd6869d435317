# The tokenizer's SyntaxWarnings inside f-string replacement fields ('1if' in f"{1if x else 2}")
# are printed, in source order with the others, once per field even where the parser backtracks.
x = 1
a = f"{1if x else 2}" if (1if x else 2) else 0
b = [f"{0x1for x in [1]}" for y in [1]]
c = lambda q=f"{1if x else 2}": q
def g() -> f"{1if x else 2}": pass
d = f"{f'{1if x else 2}'}"
e = 1if x else 2
h = {f"{1if x else 2}": 1}
i = f"{1if x else 2}"[0]
print(a, b, c(), d, e, h, i)
z = f"{x!r}" f"{1if x else 3}"
(k := f"{1if x else 4}")
print(z, k)
