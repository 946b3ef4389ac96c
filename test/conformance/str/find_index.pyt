# test find, rfind, index, rindex, including not found and ranges
s = "hello world"
print(s.find("o"), s.rfind("o"), s.find("z"), s.find(""), s.find("o", 5), s.find("o", 5, 7))
print(s.index("w"), s.rindex("l"), s.find("lo w"), s.find("", 20), s.rfind(""))
try:
    s.index("z")
except ValueError as e:
    print(e)
try:
    s.rindex("q")
except ValueError as e:
    print(e)
print("abcabc".find("c", -2), "abc".find("a", -100))
