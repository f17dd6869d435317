# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: int conv
int("abc")
