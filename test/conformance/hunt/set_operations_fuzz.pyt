# test hunt: random sequences of set operations, their iteration order as CPython's
import random
random.seed(2024)
def rnd_set():
    k = random.randint(0, 60)
    return {random.randint(-100, 1000) * random.choice([1, 1, 8, 32]) for _ in range(k)}
out = []
for trial in range(60):
    a, b = rnd_set(), rnd_set()
    lst = list(b)
    random.shuffle(lst)
    ops = random.sample(range(14), 5)
    for op in ops:
        if op == 0: a.difference_update(lst)
        elif op == 1: a.symmetric_difference_update(lst)
        elif op == 2: a.update(lst[: len(lst) // 2])
        elif op == 3:
            for x in lst[:5]: a.discard(x)
        elif op == 4:
            for _ in range(min(3, len(a))): a.pop()
        elif op == 5: a = a | frozenset(lst)
        elif op == 6: a = set(sorted(a, reverse=True))
        elif op == 7: a = {x for x in a if x % 3}
        elif op == 8: a -= set(lst[::2])
        elif op == 9: a ^= frozenset(lst[1::2])
        elif op == 10: a = a.union(lst, range(5))
        elif op == 11: a = a.difference(lst[:3], [0])
        elif op == 12: a = a.symmetric_difference(lst)
        elif op == 13: a = frozenset(a) & b
    out.append(str(list(a)))
print("\n".join(out))
