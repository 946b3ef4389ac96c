# test the repr of a builtin method bound to an int or str (and id() of those values)
for m in ["a".upper, (5).bit_length, True.__and__ if False else "x".join, [].append]:
    r = repr(m)
    print(r.split(" at ")[0], r.split(" at ")[1].startswith("0x"))
print(id(7) == id(7), type(id("s")) is int)
