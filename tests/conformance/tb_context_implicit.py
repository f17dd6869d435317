# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: context implicit
try:
    [][1]
except IndexError:
    {}[2]
