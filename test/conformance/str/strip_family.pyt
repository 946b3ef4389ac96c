# test strip, lstrip, rstrip with and without characters
s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "abcHIcba".strip("abc"), "hello".strip("lo"))
print("www.example.com".lstrip("w."), "file.txt...".rstrip("."))
print(repr("".strip()), repr("   ".strip()), "abc".strip(""))
print("  a  ".strip(None))
print("prefix_name".removeprefix("prefix_"), "name.py".removesuffix(".py"), "x".removeprefix("y"))
