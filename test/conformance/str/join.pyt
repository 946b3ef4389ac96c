# test str.join with lists, tuples, generators, empty input, and non-str items
print(", ".join(["a", "b", "c"]))
print("".join(("x", "y")), "-".join("abc"), "+".join([]))
print(" ".join(str(n) for n in range(5)))
print("\n".join(["first", "second"]))
print(", ".join({"k1": 1, "k2": 2}))
try:
    ", ".join([1, 2])
except TypeError as e:
    print(e)
try:
    "".join(["a", None])
except TypeError as e:
    print(e)
