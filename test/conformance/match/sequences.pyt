# test sequence patterns: lists, tuples, star captures, nesting, and what is not a sequence
import collections
import collections.abc

def seq(v):
    match v:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x} {y}"
        case [first, *middle, last] if len(middle) < 3:
            return f"first {first} middle {middle} last {last}"
        case [*_, last]:
            return f"long, last {last}"
        case _:
            return "not a sequence"

for v in [[], (), [1], (1,), [1, 2], (1, 2), [1, 2, 3], (1, 2, 3, 4), list(range(10)), range(3), "ab", {"a": 1},
          {1, 2}, 5, None, collections.deque([7, 8, 9])]:
    print(repr(v), "->", seq(v))

match (1, 2, 3, 4, 5):
    case (a, b, *rest):
        print("rest of a tuple is a list:", rest)
match [1]:
    case [a, *rest]:
        print("empty rest:", rest)
match [1, 2, 3, 4]:
    case [*init, last]:
        print("init", init, "last", last)
match [[1, 2], [3, [4, 5]]]:
    case [[a, b], [c, [d, e]]]:
        print("nested", a, b, c, d, e)
match 1, 2:
    case a, b:
        print("open sequence", a, b)
match [1, 2]:
    case (a, b):
        print("a list matches a parenthesized sequence pattern")
match (1, 2):
    case [a, b]:
        print("a tuple matches a bracketed sequence pattern")
match []:
    case ():
        print("[] matches ()")

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __len__(self):
        print("  len")
        return len(self.items)
    def __getitem__(self, i):
        print("  getitem", i)
        return self.items[i]

print("custom Sequence, star wildcard (subscripts):")
match MySeq(1, 2, 3, 4):
    case [a, *_, b]:
        print("  ", a, b)
print("custom Sequence, star capture (iterates):")
match MySeq(1, 2, 3):
    case [a, *rest]:
        print("  ", a, rest)

class OnlyGetitem:
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 2
match OnlyGetitem():
    case [a, b]:
        print("wrong")
    case _:
        print("__getitem__ and __len__ alone do not make a sequence")

class Pair(tuple):
    pass
match Pair((1, 2)):
    case [x, y]:
        print("tuple subclass", x, y)

match "abc":
    case [a, b, c]:
        print("wrong")
    case str():
        print("a str is not a sequence for patterns")
