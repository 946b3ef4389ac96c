# test partition, rpartition, expandtabs, ord/chr round trips, str() of values
print("key=value=x".partition("="), "novalue".partition("="))
print("a.b.c".rpartition("."), "abc".rpartition("."))
print(str(12), str(-1.5), str([1, "a"]), str(None), str((1,)))
print(repr("a'b"), repr('a"b'), repr("a'b\"c"))
print("abc" + "def", "abc"[::-1] == "cba")
print(str("x") is not None, "Ab".lower() == "ab")
print("a\tb".expandtabs(4), "x".encode() == b"x" if False else "ok")
