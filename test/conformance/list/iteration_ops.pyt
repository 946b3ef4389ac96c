# test list iteration patterns: enumerate, zip, reversed, in, len, min/max, list()
names = ["ann", "bo", "cy"]
for i, n in enumerate(names):
    print(i, n)
for n in reversed(names):
    print(n)
print(len(names), "bo" in names, names[::-1], list(reversed(names)))
print(list(), list("ab"), list((1, 2)), list({"k": 1}), list(range(3)))
total = 0
for x in [1, 2, 3]:
    total += x
print(total)
stack = []
stack.append(1); stack.append(2)
print(stack.pop(), stack)
