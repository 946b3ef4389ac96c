# test replace with count, empty patterns; count with ranges
print("aaaa".replace("a", "b"), "aaaa".replace("a", "b", 2), "abc".replace("x", "y"))
print("hello".replace("", "-"), "ab".replace("", "-", 2))
print("a-b-c".replace("-", ""))
print("banana".count("a"), "banana".count("an"), "banana".count(""), "aaaa".count("aa"))
print("banana".count("a", 2), "banana".count("a", 2, 4), "".count(""))
