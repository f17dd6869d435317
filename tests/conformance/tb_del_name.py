# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: del name
del undefined_thing
