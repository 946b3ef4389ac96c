# test chr, ord, repr of strings with both quote kinds, nested containers, special floats
print(chr(97), chr(0x263A), ord("a"), ord(" "), ord("€"), [ord(c) for c in "AZ"])
print(repr("plain"), repr("it's"), repr('say "x"'), repr("both ' \""), repr("\\"), repr("\t"))
print(repr([1, "two", 3.0, None, ("t",), {"k": [True]}]))
print(repr(float("nan")), repr(float("inf")), repr(-0.0), repr(1e100))
print(repr(""), repr(" "), repr("\x01"), repr("\u200b"), repr("ü"))
print(repr(range(3)), repr(set()), repr(frozenset()), repr({}), repr(()))
