import codecs
for n in ["UTF8", "utf_16", "Latin-1", "cp1252", "utf-8-sig", "ascii", "U32"]:
    info = codecs.lookup(n)
    print(n, info.name, info.encode("é€" if "utf" in info.name or info.name == "cp1252" else "e"), isinstance(info, tuple), len(info))
try:
    codecs.lookup("nope")
except LookupError as e:
    print("LookupError", e)
print(codecs.encode("abc", "utf-16-le"), codecs.decode(b"\xff\xfea\x00", "utf-16"), codecs.decode(b"\xe9", "latin-1"))
print(codecs.BOM_UTF8, codecs.BOM_UTF16, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_LE)
print(codecs.getencoder("ascii")("hi"), codecs.getdecoder("utf-8")(b"\xc3\xa9"))
data = "\ufeffname,value\n".encode("utf-8")
print(repr(data.decode("utf-8-sig")), repr(data.decode("utf-8")), "x".encode("utf-8-sig"), b"plain".decode("utf_8_sig"))
with codecs.open("_codecs_t.txt", "w", encoding="utf-16") as f:
    f.write("héllo\n")
    f.write("wörld\n")
with open("_codecs_t.txt", "rb") as f:
    print(f.read())
with codecs.open("_codecs_t.txt", encoding="utf-16") as f:
    print(f.readlines())
import os
os.remove("_codecs_t.txt")
print(repr(codecs.lookup("utf-8")).startswith("<codecs.CodecInfo object for encoding utf-8 at 0x"))
