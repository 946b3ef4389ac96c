# sum() of ints keeps a safe-integer part and a big carry: exact across 2**53 either way, with a big
# start, and handing over to the generic path at the first non-int (float, bool, big int, str).
print(sum([x * x * x for x in range(100_000)]), sum([-x * x * x for x in range(100_000)]))
print(sum([2**52] * 5), sum([-(2**52)] * 5), sum([2**53 - 1, 1, -1, -(2**53 - 1)]))
print(sum([1, 2, 3], 2**70), sum([1, 2, 3], -(2**70)), sum([], 2**70), sum([2**60] * 20, -(2**64)))
print(sum([2**52] * 3 + [0.5]), sum([1, 2, True, False]), sum([1, 2**70, 3]), sum(range(10), 0.5))
print(sum(x for x in [2**53, 2**53, -(2**54)]), type(sum([2**53, -(2**53)])).__name__)
try:
    sum([2**53, 2**53, "a"])
except TypeError as e:
    print("TypeError:", e)
class Grow:
    """Adding it to an int appends to the list being summed: the sum goes on over the live list."""
    def __init__(self, target): self.target = target
    def __radd__(self, other):
        self.target.append(100)
        return other + 1
xs = [1, 2]
xs.append(Grow(xs))
xs.append(3)
print(sum(xs), xs[-1])
class L(list):
    def __iter__(self): return iter([7])
print(sum(L([1, 2, 3])), sum((1, 2, 3)), sum([1.5, 2, 3]), sum([1, 2.5, 2**60, 2**60]), sum([True] * 3))
