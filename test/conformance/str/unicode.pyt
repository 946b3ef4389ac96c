# test non-ASCII strings: len, upper, ord/chr, repr
s = "naïve café"
print(s, len(s), s.upper(), s[2], s.find("é"))
print(ord("é"), chr(233), ord("中"), chr(20013), chr(65), ord("\n"))
print(repr("日本"), "日本"[1], "→".join(["a", "b"]))
print("ß".upper(), "İ".lower() == "i̇")
