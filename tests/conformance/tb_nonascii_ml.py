# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii ml
clé = None
r = (clé
     .val)
