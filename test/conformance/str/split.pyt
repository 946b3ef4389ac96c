# test str.split and rsplit: default whitespace, explicit separator, maxsplit, empty pieces
print("a b  c".split(), "  lead and trail  ".split())
print("a,b,,c".split(","), ",a,".split(","))
print("".split(), "".split(","), "   ".split())
print("a b c d".split(" ", 1), "a b c d".split(maxsplit=2))
print("a,b,c".rsplit(",", 1), "a b c".rsplit(None, 1))
print("one\ttwo\nthree".split())
print("a::b::c".split("::"))
print("abc".split("abc"), "x".split("y"))
print("line1\nline2\n".split("\n"))
print("line1\nline2\r\nline3\n".splitlines(), "a\n\nb".splitlines(), "".splitlines())
try:
    "a".split("")
except ValueError as e:
    print(e)
