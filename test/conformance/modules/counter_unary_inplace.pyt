# test Counter's unary +/-, in-place operators, rich comparisons (missing counts as zero) and fromkeys
from collections import Counter
c = Counter(a=3, b=-1, c=0)
print(+c, -c)
d = Counter("aab")
d += Counter(b=-5, z=2)
print(d)
d -= Counter(a=1)
print(d)
d |= Counter(a=4, q=-1)
print(d)
d &= Counter(a=2, z=9)
print(d)
print(Counter(a=1) == Counter(a=1, b=0), Counter(a=1) != Counter(a=2), Counter(a=1) == {"a": 1})
print(Counter(a=1) <= Counter(a=2, b=1), Counter(a=1) < Counter(a=1), Counter(a=2) >= Counter(a=1), Counter(a=2) > Counter())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print(e)
try:
    hash(Counter())
except TypeError as e:
    print(e)
