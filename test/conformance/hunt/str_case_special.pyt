# test hunt: str.title/capitalize/casefold special mappings of CPython 3.11's Unicode: Georgian, Greek ypogegrammeni, ŉ, digraphs, Cherokee and ẞ casefold
words = ["გამარჯობა მსოფლიო", "ŉ test", "ᾳ ᾀ ᾈ ῳ ᾲ ᾷ", "ǆemal ǉubav", "ꮳᏼ ᏣᎳᎩ", "Straße ẞ", "ﬁre ﬀ", "σοφός ΟΔΟΣ", "İi ıI"]
for w in words:
    print(w.title(), w.capitalize(), w.casefold(), w.upper(), w.lower(), w.swapcase(), w.istitle(), w.title().istitle())
print("ꮳᏼ".casefold() == "ᏣᏴ".casefold(), "straße".casefold() == "STRASSE".casefold() == "ẞ".casefold() + "trasse"[0:0] or "x")
