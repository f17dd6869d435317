# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: paren binop comment
a = 1
b = "b"
c = (a  # left
     + b)
