# test list.sort empties the list while sorting (key functions see it empty) and reports a change made meanwhile
l = [3, 1, 2]
def key(x):
    l.append(0)
    return x
try:
    l.sort(key=key)
except ValueError as e:
    print(e)
print(l)
m = [3, 1, 2]
print(sorted(m, key=lambda x: len(m)), m)
seen = []
n = [2, 1]
n.sort(key=lambda x: seen.append(len(n)) or x)
print(n, seen)
p = [1, "a", 2]
try:
    p.sort()
except TypeError as e:
    print(e, p)
