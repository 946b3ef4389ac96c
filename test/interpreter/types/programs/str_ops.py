# str: methods, format, %, join, slicing, comparisons, errors
s = "Hello, World"
print(s[0], s[-1], s[::2], s[::-1], s[3:100], s.lower(), s.upper(), s.swapcase(), s.title(), "hello world".capitalize())
print(s.find("o"), s.rfind("o"), s.find("o", 5), s.find("zz"), s.index("W"), s.count("l"), s.count("l", 5), s.startswith("He"), s.endswith(("x", "ld")))
print(s.split(), s.split(", "), "a,b,,c".split(","), "a b  c".split(None, 1), "a,b,c".rsplit(",", 1), "l1\nl2\r\nl3".splitlines(), "x\ny\n".splitlines(True))
print(repr("  pad  ".strip()), "xxhixx".strip("x"), "  l".lstrip(), "r  ".rstrip() + "|", "abc".partition("b"), "a.b.c".rpartition("."), "abc".partition("z"))
print("-".join(["a", "b"]), "".join(map(str, range(5))), ", ".join("abc"), "a".center(5, "*"), "a".ljust(3) + "|", "a".rjust(3), "42".zfill(5), "-42".zfill(5))
print("aaa".replace("a", "b"), "aaa".replace("a", "b", 2), "abc".removeprefix("ab"), "abc".removesuffix("bc"), "a\tb".expandtabs(4))
print("123".isdigit(), "abc".isalpha(), "ab1".isalnum(), " ".isspace(), "Ab".istitle(), "AB".isupper(), "ab".islower(), "x1".isidentifier(), "".isdigit())
print("{} {}".format(1, "a"), "{1}{0}".format("a", "b"), "{x:>5}|{y:.2f}".format(x="r", y=3.14159), "{0!r} {0!s}".format("q"), "{:,}".format(1234567), "{:08.3f}".format(-3.5))
print("%s is %d years, %.2f%%" % ("Bob", 42, 99.5), "%5s|%-5s|" % ("a", "b"), "%r" % ("x",), "%x %o %e" % (255, 8, 12345.678), "%(a)s-%(b)s" % {"a": 1, "b": 2})
print(f"{3.14159:.3f} {42:05d} {'s':^5} {255:#x} {1e10:g} {0.5:%} {12:b}")
print("a" < "b", "a" < "B", "abc" == "abc", "a" * 3, 3 * "ab", "ab" + "cd", "b" in "abc", "" in "a", len("héllo"))
t = str.maketrans("ab", "xy", "c")
print("aabbcc".translate(t), str(42), str(3.0), str(None), str([1, "a"]), repr("it's"), repr('say "hi"'), repr("a\nb\\"))
for bad in [lambda: ",".join([1, 2]), lambda: "a" + 1, lambda: "abc".index("z"), lambda: "x"[5], lambda: 1 in "a", lambda: "a".center("x"), lambda: "a b".split(""), lambda: "{} {}".format(1), lambda: "%d" % "x", lambda: "%s %s" % (1,)]:
    try:
        bad()
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(list("abc"), [c for c in "xy"], sorted("cba"), "abc"[1:2], ord("a"), chr(97), ascii("é"), "ß".upper(), "İ".lower() == "i̇")
