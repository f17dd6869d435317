# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii binop wide
名前 = "x"
結果 = 名前 + 1
