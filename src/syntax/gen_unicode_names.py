#!/usr/bin/env python3
"""Generate unicode_names.bin (used for "\\N{...}" escapes) from the running
Python's unicodedata (run with python3.11 to match CPython 3.11 / UCD 14.0).

Format (all integers little endian, varint = LEB128):
  b"UNM1"
  u32 nwords; nwords x (u8 len, bytes)           -- words, most frequent first
  u32 nwords; nwords x u16                        -- word ids sorted by text
  u32 nnames; nnames x (varint cp_delta, u8 nw, nw x varint word_id)
  u32 naliases; naliases x (varint cp, u8 nw, nw x varint word_id)
  u32 nranges; nranges x (u8 kind, u32 start, u32 end)   -- algorithmic names
Names are split on ' ' only (a word may contain '-').
"""
import collections, os, struct, sys, unicodedata

PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "TANGUT IDEOGRAPH-", "NUSHU CHARACTER-",
            "KHITAN SMALL SCRIPT CHARACTER-", "CJK COMPATIBILITY IDEOGRAPH-"]

ALIAS_CANDIDATES = """NULL NUL START OF HEADING SOH START OF TEXT STX END OF TEXT ETX END OF TRANSMISSION EOT
ENQUIRY ENQ ACKNOWLEDGE ACK ALERT BEL BACKSPACE BS CHARACTER TABULATION HORIZONTAL TABULATION HT TAB
LINE FEED NEW LINE END OF LINE LF NL EOL LINE TABULATION VERTICAL TABULATION VT FORM FEED FF
CARRIAGE RETURN CR SHIFT OUT LOCKING-SHIFT ONE SO SHIFT IN LOCKING-SHIFT ZERO SI DATA LINK ESCAPE DLE
DEVICE CONTROL ONE DC1 DEVICE CONTROL TWO DC2 DEVICE CONTROL THREE DC3 DEVICE CONTROL FOUR DC4
NEGATIVE ACKNOWLEDGE NAK SYNCHRONOUS IDLE SYN END OF TRANSMISSION BLOCK ETB CANCEL CAN END OF MEDIUM EOM
SUBSTITUTE SUB ESCAPE ESC INFORMATION SEPARATOR FOUR FILE SEPARATOR FS INFORMATION SEPARATOR THREE
GROUP SEPARATOR GS INFORMATION SEPARATOR TWO RECORD SEPARATOR RS INFORMATION SEPARATOR ONE UNIT SEPARATOR US
SP DELETE DEL PADDING CHARACTER PAD HIGH OCTET PRESET HOP BREAK PERMITTED HERE BPH NO BREAK HERE NBH
INDEX IND NEXT LINE NEL START OF SELECTED AREA SSA END OF SELECTED AREA ESA CHARACTER TABULATION SET HTS
CHARACTER TABULATION WITH JUSTIFICATION HTJ LINE TABULATION SET VTS PARTIAL LINE FORWARD PLD
PARTIAL LINE BACKWARD PLU REVERSE LINE FEED RI SINGLE SHIFT TWO SS2 SINGLE SHIFT THREE SS3
DEVICE CONTROL STRING DCS PRIVATE USE ONE PU1 PRIVATE USE TWO PU2 SET TRANSMIT STATE STS
CANCEL CHARACTER CCH MESSAGE WAITING MW START OF GUARDED AREA SPA END OF GUARDED AREA EPA START OF STRING SOS
SINGLE GRAPHIC CHARACTER INTRODUCER SGC SINGLE CHARACTER INTRODUCER SCI CONTROL SEQUENCE INTRODUCER CSI
STRING TERMINATOR ST OPERATING SYSTEM COMMAND OSC PRIVACY MESSAGE PM APPLICATION PROGRAM COMMAND APC
NBSP SHY CGJ ALM MVS FVS1 FVS2 FVS3 FVS4 ZWSP ZWNJ ZWJ LRM RLM LRE RLE PDF LRO RLO NNBSP MMSP WJ
LRI RLI FSI PDI BYTE ORDER MARK BOM ZWNBSP""".replace("\n", " ")

CORRECTIONS = ["LATIN CAPITAL LETTER GHA", "LATIN SMALL LETTER GHA", "KANNADA LETTER LLLA", "LAO LETTER FO FON",
               "LAO LETTER FO FAY", "LAO LETTER RO", "LAO LETTER LO", "TIBETAN MARK BKA- SHOG GI MGO RGYAN",
               "YI SYLLABLE ITERATION MARK", "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRACKET",
               "BYZANTINE MUSICAL SYMBOL FTHORA SKLIRON CHROMA VASIS", "WEIERSTRASS ELLIPTIC FUNCTION",
               "MICR ON US SYMBOL", "MICR DASH SYMBOL", "LEFTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE",
               "RIGHTWARDS TRIANGLE-HEADED ARROW WITH DOUBLE VERTICAL STROKE", "SYRIAC SUBLINEAR COLON SKEWED LEFT",
               "EGYPTIAN HIEROGLYPH-13460", "CUNEIFORM SIGN NU11 TENU", "CUNEIFORM SIGN NU11 OVER NU11 BUR OVER BUR",
               "HANGUL JONGSEONG YESIEUNG-KIYEOK", "HANGUL JONGSEONG SIOS-KIYEOK", "GEORGIAN SMALL LETTER AN",
               "MEDEFAIDRIN CAPITAL LETTER H", "MEDEFAIDRIN SMALL LETTER H", "HENTAIGANA LETTER E-1"]


def candidates():
    # multi-word candidates: try every run of 1..6 words of the list
    words = ALIAS_CANDIDATES.split()
    out = set(CORRECTIONS)
    for i in range(len(words)):
        for j in range(i + 1, min(len(words), i + 6) + 1):
            out.add(" ".join(words[i:j]))
    for k in range(1, 257):
        out.add("VS%d" % k)
    return sorted(out)


def varint(n):
    b = bytearray()
    while True:
        x = n & 0x7F
        n >>= 7
        if n:
            b.append(x | 0x80)
        else:
            b.append(x)
            return bytes(b)


def main():
    names, ranges = [], []
    cur = None
    for cp in range(0x110000):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        kind = next((k for k, p in enumerate(PREFIXES) if n.startswith(p)), None)
        if kind is not None:
            if cur and cur[0] == kind and cur[2] == cp - 1:
                cur[2] = cp
            else:
                cur = [kind, cp, cp]
                ranges.append(cur)
            continue
        if n.startswith("HANGUL SYLLABLE "):
            continue
        names.append((cp, n))
    aliases = []
    for c in candidates():
        try:
            ch = unicodedata.lookup(c)
        except KeyError:
            continue
        if len(ch) == 1 and unicodedata.name(ch, None) != c:
            aliases.append((ord(ch), c))
    freq = collections.Counter(w for _, n in names + aliases for w in n.split(" "))
    words = [w for w, _ in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))]
    wid = {w: i for i, w in enumerate(words)}
    out = bytearray(b"UNM1")
    out += struct.pack("<I", len(words))
    for w in words:
        b = w.encode()
        out.append(len(b))
        out += b
    order = sorted(range(len(words)), key=lambda i: words[i])
    out += struct.pack("<I", len(order))
    for i in order:
        out += struct.pack("<H", i)
    out += struct.pack("<I", len(names))
    prev = 0
    for cp, n in names:
        out += varint(cp - prev)
        prev = cp
        ws = n.split(" ")
        out.append(len(ws))
        for w in ws:
            out += varint(wid[w])
    out += struct.pack("<I", len(aliases))
    for cp, n in aliases:
        out += varint(cp)
        ws = n.split(" ")
        out.append(len(ws))
        for w in ws:
            out += varint(wid[w])
    out += struct.pack("<I", len(ranges))
    for k, a, b in ranges:
        out += struct.pack("<BII", k, a, b)
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "unicode_names.bin")
    open(path, "wb").write(out)
    print(len(names), "names,", len(aliases), "aliases,", len(ranges), "ranges,", len(out), "bytes", "UCD", unicodedata.unidata_version)


if __name__ == "__main__":
    main()
