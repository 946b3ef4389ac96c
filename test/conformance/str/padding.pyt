# test ljust, rjust, center, zfill with odd widths and fill characters
print("[" + "ab".ljust(6) + "]", "[" + "ab".rjust(6) + "]", "[" + "ab".center(6) + "]")
print("[" + "abc".center(6) + "]", "[" + "ab".center(7) + "]", "[" + "a".center(4, "*") + "]")
print("[" + "toolong".center(3) + "]", "[" + "x".ljust(3, "-") + "]", "[" + "x".rjust(0) + "]")
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2), "".zfill(3))
print("3.14".zfill(8), "-".zfill(3))
try:
    "a".center(5, "ab")
except TypeError as e:
    print(e)
