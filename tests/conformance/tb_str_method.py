# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: str method
"abc".index("z")
