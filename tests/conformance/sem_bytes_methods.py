# bytes methods: rfind/index/rindex, lstrip/rstrip, rsplit, splitlines, zfill, expandtabs, istitle (and their errors)
print(b'a  '.rstrip(), b'  a'.lstrip(), b'abc'.rfind(b'c'), b'a\nb'.splitlines(), b'1'.zfill(3), b'a b'.rsplit())
print(b'abc'.index(b'b'), b'abc'.rindex(b'b'), b'Ab'.istitle(), b'a\tb'.expandtabs())
print(b'xaxbx'.rstrip(b'x'), b'xaxbx'.lstrip(b'x'), b'a,b,c'.rsplit(b',', 1), b'a\r\nb\n'.splitlines(True))
print(b'-12'.zfill(5), b'abc'.rfind(b'z'), b'abcabc'.rfind(b'b', 0, 3), b'a\tbc\td'.expandtabs(4), b'+'.zfill(3), b''.zfill(2), b'abc'.zfill(-1))
print(b'  a  b  c  '.rsplit(None, 1), b'  a  b  c  '.rsplit(maxsplit=0), b'a,,b'.rsplit(b','), b''.rsplit(), b''.rsplit(b','), b'abc'.rfind(b''), b'abc'.rfind(b'', 1), b'abc'.rindex(98))
print(b'\r\n\r\n'.splitlines(), b'a\rb\r'.splitlines(keepends=True), b''.splitlines(), b'Hello World'.istitle(), b'HELLO'.istitle(), b''.istitle(), b'1A'.istitle(), b'A1a'.istitle())
print(b'ab'.rstrip(None), b'\t\nab \x0b'.strip(), b'a\tb\nc\td'.expandtabs(), b'a\tb'.expandtabs(0), b'a\tb'.expandtabs(tabsize=2))
for code in ["b'abc'.index(b'z')", "b'abc'.rindex(b'z')", "b'a'.strip(1, 2)", "b'a'.rstrip(3)", "b'a'.zfill('x')", "b'a'.lstrip(chars=b'a')", "b'a'.rsplit(b'')", "b'a'.istitle(1)", "b'a'.index(300)", "b'a'.rfind('a')", "b'a'.zfill()"]:
    try:
        print(eval(code))
    except Exception as e:
        print(code, type(e).__name__, e)
