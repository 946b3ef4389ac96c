# test seq * n with an __index__ object, with ints past Py_ssize_t (OverflowError), and huge counts
class Num:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print("ab" * Num(2), Num(2) * "c", [0] * Num(2), Num(3) * (1,), [] * 2**62, () * 2**62, "" * 2**62)
for f in [lambda: 'a' * 10**20, lambda: (1,) * 10**20, lambda: [1] * -10**20, lambda: [0] * 2**62, lambda: 'x' * 2**62, lambda: 'x' * 2**40]:
    try:
        print(len(f()))
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
s = "ab"; s *= 3; print(s, "q" * True, False * "q", "x" * -3)
for f in [lambda: "a" * 1.5, lambda: "a" * "b", lambda: Num(1) * Num(2)]:
    try:
        f()
    except TypeError as e:
        print(e)
