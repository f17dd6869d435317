# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: ml fstring call
def g(): return 1 / 0
s = (f"a"
     f"{g()}")
