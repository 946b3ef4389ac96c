# test an int subclass instance is the same dict key as its int (equal, same hash), unless the class redefines __hash__
class Level(int):
    def __repr__(self):
        return f"Level({int(self)})"

d = {Level(5): "five"}
print(d[5], 5 in d, d.get(5), d)
d[5] = "again"
print(d, len(d))
e = {3: "three"}
e[Level(3)] = "level"
print(e, list(e.keys()))
del e[Level(3)]
print(e)
counts = {}
for x in [Level(1), 1, Level(2), 2, 1]:
    counts[x] = counts.get(x, 0) + 1
print(counts)

class Tagged(int):
    def __hash__(self):
        return 99
    def __eq__(self, other):
        return isinstance(other, Tagged) and int(self) == int(other)

t = {Tagged(7): "tagged", 7: "plain"}
print(len(t), t[7], t[Tagged(7)])
