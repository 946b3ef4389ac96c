# test hunt: case mappings, Unicode whitespace in split/strip/splitlines, isprintable/isdigit/isnumeric, final sigma
tests = ["ǅungla", "ﬁne ﬂow", "İstanbul", "straße", "ΣΑΣ ΟΔΟΣ", "ŉ", "ǰ", "Ꭰ", "ᾳ", "hello world", "ΐ", "µ", "ÿ", "ǈ", "\u0130", "ßs"]
for s in tests:
    print(repr(s), s.upper(), s.lower(), s.title(), s.capitalize(), s.swapcase(), s.casefold(), len(s.upper()))
ws = "a\x1cb\x1dc\x1ed\x1ff\x85g\xa0h\u2000i\u3000j\u200bk\tl\x0bm\x0cn"
print(ws.split(), [c.isspace() for c in "\x1c\x85\xa0\u200b\u2028\u180e\ufeff"])
print("a\u2028b\x1cc\x1dd\x1ee\x85f\x0bg\x0ch\ri\r\nj".splitlines(), "x\u2029".splitlines(True))
print(" \x85abc\xa0 ".strip(), repr("\u200babc\u200b".strip()), "x".center(4, "\u00e9"))
print([c.isprintable() for c in "a\n\x7f\xa0\u200b é\u2028"], "\xad".isprintable(), "".isprintable())
print([(c, c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum()) for c in "5٣²½Ⅻ〇a_"])
print("ǅ".istitle(), "Hello World".istitle(), "HELLO".isupper(), "ß".islower(), "ʰ".islower(), "Σ".isupper(), "123".isupper(), "A1".isupper())
print(int("٣٤"), int("𝟗") if len("𝟗") == 1 else 9, float("١٫٥") if False else 0, "x".join("٣٤"), str(3).zfill(3))
print(ascii("ΣΑΣ"), repr("\u0085\u2028\ud7ff"), repr("\x00\x1f\x7f\x80\x9f\xa0"), repr("é\u0301"))
print(sorted(["b", "A", "a", "B", "é", "e", "Z"]), sorted(["b", "A", "é"], key=str.casefold), "é" < "f", "Z" < "a")
print("ﬀ".upper(), "ﬀ".title(), "ǳ".title(), "ǲ".upper(), "ǲ".lower(), "ǆ".capitalize(), "ŉ".title())
print("σς".upper(), "ΑΣ".lower(), "Σ".lower(), "ΑΣ Β".lower(), "aΣ".lower(), "ΑΣa".lower(), "Σ.".lower(), "AΣ'".lower())
