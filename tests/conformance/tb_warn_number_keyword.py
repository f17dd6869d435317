# The tokenizer's SyntaxWarnings: a number directly followed by a keyword that
# may follow it in valid code ('1if', '0x1for', '1or'...) warns on stderr before
# the compiler's own warnings, one per number, and the program runs.
x = 1if 1else 2
print(x)
y = [0x1for x in (1, 2)]
print(y, 1or 2, 1and 0, 1in [1], 0o7if 1else 0, 0b1or 0, 1.5if 1else 0, 1jif 1else 0)
print(1 is 1, 2is 2)
print(1e5if True else 0, 0x_1f)
