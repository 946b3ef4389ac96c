# test argument errors of str/list/dict/set/int/float methods and builtins name the method as CPython 3.11 does
def attempt(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
import threading
for f in (lambda: "abc".count(), lambda: "abc".find("a", 1, 2, 3), lambda: "abc".startswith(), lambda: "abc".endswith("c", 0, 1, 2),
          lambda: "x".center(5, fillchar="*"), lambda: "x".replace("a", "b", count=1), lambda: " x ".strip(chars=" "), lambda: "a".zfill(width=3),
          lambda: "a-b".partition(sep="-"), lambda: "ab".removeprefix(prefix="a"), lambda: "{a}".format_map(), lambda: "a b".split(x=1),
          lambda: "a b".split(" ", 1, 2), lambda: "a".splitlines(keepends=True, x=1), lambda: [1].pop(index=0), lambda: [1].insert(0),
          lambda: [1].index(), lambda: [3, 1].sort(1), lambda: [1].sort(1, 2, 3), lambda: [1].sort(cmp=None), lambda: (1,).index(x=1),
          lambda: {}.keys(x=1), lambda: {}.items(1), lambda: {}.popitem(x=1), lambda: dict.fromkeys("ab", 0, x=1), lambda: {1}.copy(x=1),
          lambda: {1}.issubset(), lambda: frozenset().isdisjoint(), lambda: {1}.symmetric_difference_update(), lambda: (5).bit_length(x=1),
          lambda: (5).conjugate(1), lambda: (2.5).hex(1), lambda: (2.5).is_integer(x=1), lambda: float.fromhex(), lambda: format(3.5, format_spec=".1f"),
          lambda: round(1.5, foo=2), lambda: round(1.5, 2, 3), lambda: sum([1], 2, 3), lambda: pow(2, 3, 4, 5), lambda: pow(2, 3, mod=5, foo=1),
          lambda: input(prompt="x"), lambda: property(1, 2, 3, 4, 5), lambda: threading.Lock().acquire(foo=1), lambda: threading.RLock().acquire(1, 2, 3)):
    attempt(f)
