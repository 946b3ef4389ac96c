# test repr() escapes characters Unicode 14.0 (CPython 3.11's) has not assigned, though newer Unicode has (an emoji of Unicode 15)
for s in ["\U0001fae8", "🫨", "😀", "\u088f", "\u0cf3", "\u2ffc", "é", "\u00ad", "\U000e0001", "a\u2028b"]:
    print(repr(s), s.isprintable())
print(["🫨 shaking", "😀 grin"])
