# str.join reads an exact list's or tuple's items directly (CPython's PySequence_Fast), anything else
# (subclasses too) through iteration; a non-str item is reported by its index.
class L(list):
    def __iter__(self):
        return iter(["overridden"])
class T(tuple):
    def __iter__(self):
        return iter(["overridden"])
print(", ".join(["a", "b"]), "-".join(("x", "y", "z")), "+".join(L(["p", "q"])), "+".join(T(("r", "s"))))
print("".join({"k1": 1, "k2": 2}), "|".join(c for c in "abc"), repr("".join([])), ".".join(["only"]))
for src in (["a", 1], ("a", "b", None), (x for x in ["a", 2, "c"]), L(["a", 3.5]), T((1,))):
    try:
        ",".join(src)
    except TypeError as e:
        print("TypeError:", e)
try:
    ",".join(5)
except TypeError as e:
    print("TypeError:", e)
