# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: class attr err
class A:
    x = undefined_name
