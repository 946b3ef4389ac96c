# test the slice() builtin: construction, start/stop/step, indices(), equality, __index__ bounds and errors
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None), s.indices(6), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print("abcdefgh"[s], [0, 1, 2, 3, 4][slice(3)], (1, 2, 3)[slice(None, None, -1)], range(10)[slice(2, 8, 3)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2) != (1, 2), type(s).__name__)
class I:
    def __index__(self): return 2
print([1, 2, 3, 4][I():], "abcd"[slice(I(), None)])
for f in (lambda: slice(), lambda: slice(1, 2, 3, 4), lambda: slice(stop=2), lambda: hash(s), lambda: s.indices(-1), lambda: s.indices("x"), lambda: [1][slice("a")], lambda: s.indices(1, 2)):
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
