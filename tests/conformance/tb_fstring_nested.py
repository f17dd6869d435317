# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: fstring nested
d = {}
s = f"a {d["k"] if False else d.get("k").x} b"
