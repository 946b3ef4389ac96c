# test if/elif/else chains and truthiness of values
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 100]:
    print(n, classify(n))
for v in [0, 1, "", "a", [], [0], {}, None, 0.0, set(), ()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
