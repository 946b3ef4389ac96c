# test hunt: split/rsplit/partition/center/zfill/expandtabs/title/casefold/translate/maketrans and errors
s = "  Hello, World!  "
print(s.split(), s.split(","), "a,b,,c".split(","), "a b  c".split(" "), "a,b,c".split(",", 1))
print("a,b,c".rsplit(",", 1), "1 2 3".rsplit(None, 1), "".split(), "".split(","))
print("key=value=x".partition("="), "nokey".partition("="), "a.b.c".rpartition("."), "abc".rpartition("x"))
print("hi".center(9, "*"), "hi".center(8), "42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("x\ty\nab\tc".expandtabs(3)))
print("hello world's fine".title(), "ÄBC".casefold(), "Straße".casefold(), "ß".upper(), "hELLO".swapcase())
print("hello".capitalize(), "HELLO wORLD".capitalize())
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), t)
print("hello".translate({ord("l"): None, ord("h"): "J"}))
print(str.maketrans({"a": "1", "b": None}))
print(" x ".strip(), "xxhixx".strip("x"), "  a".lstrip(), "a  ".rstrip(), "www.ex.com".lstrip("w."))
print("abc".startswith(("x", "a")), "abc".endswith("bc", 1), "abcabc".find("c", 3), "abc".rfind("z"), "aaa".count("aa"))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
print("-".join(["a", "b"]), ",".join("abc"), "".join([]))
try:
    ",".join([1, 2])
except TypeError as e:
    print(e)
print("Hello".ljust(8, ".") + "|", "Hello".rjust(8) + "|", "ab".ljust(1))
print("a1".isalnum(), "12".isdigit(), "½".isnumeric(), "²".isdigit(), "²".isdecimal(), "  ".isspace(), "Ab Cd".istitle(), "abc".isidentifier(), "1a".isidentifier())
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(True))
print("abc".removeprefix("ab"), "abc".removesuffix("bc"), "abc"[::-1], "abcdef"[1:5:2])
print("%-10s|" % "hi", "x".encode if False else "ok")
print("Hello World".replace("o", "0", 1), "aaa".replace("", "-"), "tEST".lower().upper())
print(sorted("hello"), list(reversed("abc")), "abc" * 2, "b" in "abc", "abc" < "abd", min("hello"), max("hello"))
print(repr("it's"), repr('say "hi"'), repr("both ' \""), repr("\n\t\\"), repr("\x00\x7f\u00e9\u200b"))
print(ord("a"), chr(9731), ascii("snow ☃"), "{:>5}".format("☃"))
print("a b c".split(maxsplit=1), "a-b-c".split("-", maxsplit=-1))
print("Mississippi".count("ss"), "Mississippi".index("ss", 3), "abc".find(""), "abc".find("", 10))
print(str(123), str(1.0), str(None), str([1, "a"]), str({"a": 1}))
print("CamelCaseString".lower(), "snake_case_here".title().replace("_", ""))
try:
    "abc"[5]
except IndexError as e:
    print(e)
try:
    "abc"[0] = "x"
except TypeError as e:
    print(e)
print("%s" % [1, 2], "%s" % (1,), "%r" % ("x",), "%5s|%-5s|" % ("ab", "cd"))
print("{:08.3f}".format(-3.14159), "{:+.2e}".format(12345))
print("tab\there".expandtabs(12).split("h"))
