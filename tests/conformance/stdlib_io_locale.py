# open(..., encoding="locale") (UTF-8 here, as CPython in a UTF-8 locale) and io.text_encoding.
import io, os
print(io.text_encoding(None), io.text_encoding("x"))
with open("_tmp_io_locale.txt", "w", encoding="locale") as f:
    f.write("h\u00e9")
with open("_tmp_io_locale.txt", encoding="locale") as f:
    print(f.read())
os.remove("_tmp_io_locale.txt")
