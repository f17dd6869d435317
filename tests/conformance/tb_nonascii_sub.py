# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii sub
données = {}
print(données["clé"])
