# expect-error
# traceback text (marker lines) as CPython 3.11 prints it: nonascii sub wide
辞書 = {}
値 = 辞書["キー"]
