# test string indexing, iteration, len, in, multiplication, immutability
s = "python"
print(s[0], s[-1], s[len(s) - 1], len(s), len(""))
for i, ch in enumerate(s[:3]):
    print(i, ch)
print("-" * 10, "ab" * 3, 3 * "x", "ab" * 0, "ab" * -1)
print(list("abc"), sorted("banana"), "".join(reversed("abc")))
try:
    s[0] = "P"
except TypeError as e:
    print(e)
try:
    s[10]
except IndexError as e:
    print(e)
print(min("hello"), max("hello"), "b" in s)
