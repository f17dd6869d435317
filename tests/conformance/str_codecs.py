s = "Héllo € 😀"
for enc in ["utf-8", "UTF_16", "utf-16-le", "utf-16be", "utf-32", "UTF-32-LE", "utf32-be", "latin-1", "ascii", "cp1252", "Windows-1252", "U8", "iso8859_1", "us-ascii", "latin1"]:
    for err in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace"]:
        try:
            b = s.encode(enc, err)
            back = b.decode(enc, "replace")
            print(enc, err, b, back)
        except (UnicodeError, LookupError) as e:
            print(enc, err, type(e).__name__, e)
for enc, data in [("utf-8", b"a\xffb\xc3"), ("utf-8", b"\xe2\x82"), ("utf-8", b"\xe2\x28\xa1"), ("utf-8", b"\xf0\x9f\x98"), ("utf-8", b"\xed\xa0\x80x"),
                  ("ascii", b"ab\xe9\xea"), ("utf-16", b"\xfe\xff\x00a\x00b"), ("utf-16", b"a\x00b"), ("utf-16-le", b"\x00\xd8a\x00"), ("utf-16-le", b"\x00\xdc"),
                  ("utf-32", b"\x00\x00\x11\x00"), ("utf-32-be", b"\x00\x00\x00a\x00"), ("cp1252", b"\x80\x81\x9f"), ("latin-1", bytes(range(250, 256)))]:
    for err in ["strict", "ignore", "replace", "backslashreplace"]:
        try:
            print(enc, err, repr(data.decode(enc, err)))
        except (UnicodeError, LookupError) as e:
            print(enc, err, type(e).__name__, e)
for bad in ["utf-7x", "", "rot13x"]:
    try:
        "a".encode(bad)
    except LookupError as e:
        print("LookupError", e)
try:
    "é".encode("ascii", "bogus")
except LookupError as e:
    print("LookupError", e)
print("a".encode("ascii", "bogus"), str(b"\xe9t\xe9", "latin-1"), str(b"\xff", "utf-8", "replace"), bytes("ab€", "utf-16-le"))
print("éé".encode("ascii", errors="replace"), b"\xc3\xa9".decode(errors="strict"), b"x".decode(encoding="UTF8"))
