# f-strings joining parts of every length (inline byte copies), non-ASCII and str subclass parts
i = 12345
s = "héllo"
class S(str): pass
print(f"item{i}:{i * 7 % 100}:{i % 13}", f"{s}|{s!r}|{s!a}|{-i}|{i:>8}|", f"{''}{''}", f"a{S('bc')}d{S('')}", f"{'x' * 40}{i}{'y' * 17}")
print(f"{1}{22}{333}{4444}{55555}{666666}{7777777}{88888888}{999999999}", len(f"{'é' * 3}{i}"))
