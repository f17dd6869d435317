# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii comment line
x = None  # コメント
y = x.a  # 中文注释
