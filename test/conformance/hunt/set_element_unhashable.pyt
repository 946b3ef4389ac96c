# test hunt: a set is no set element or dict key (TypeError), though in/remove/discard look it up as the equal frozenset
s = {1, 2}
for make in (lambda: {s}, lambda: {{3}}, lambda: set([s]), lambda: frozenset([s]), lambda: {1}.union([s]),
             lambda: {1} | {2}.union([[1]]), lambda: {1}.intersection([s]), lambda: s.add({4}),
             lambda: {s: 1}, lambda: hash(s), lambda: {1}.update([[2]]), lambda: {x for x in [s]}):
    try:
        print(make())
    except TypeError as e:
        print("TypeError:", e)
# a set is looked up as the equal frozenset
fs = {frozenset({1, 2}), frozenset()}
print(s in fs, set() in fs, {9} in fs)
fs.discard({1, 2})
print(fs)
fs.remove(set())
print(fs)
try:
    fs.remove({7})
except KeyError as e:
    print("KeyError", e)
print({1, 2} in {frozenset([2, 1]): "v"} if False else "dict keys do not fall back")
try:
    {frozenset([1]): 1}[{1}]
except TypeError as e:
    print("TypeError:", e)
print(frozenset([frozenset([1])]), {frozenset("ab")} == {frozenset("ba")})
