# test list methods: append, extend, insert, remove, pop, index, count, reverse, copy, clear
a = [3, 1, 2]
a.append(4); print(a)
a.extend([5, 6]); a.extend("xy"); a.extend(range(2)); print(a)
a.insert(0, "first"); a.insert(100, "last"); a.insert(-1, "before-last"); a.insert(-100, "very-first"); print(a)
a.remove("x"); print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
print(a.index(2), a.index(5, 3), a.count(1), a.count("nope"))
b = a.copy(); b.reverse(); print(b, a[:2])
b.clear(); print(b, len(b))
print([1, 2] + [3], [0] * 3, [[]] * 2, 3 * ["a"])
