# test <, <=, >, >= between dict keys/items views and sets or other views
d = {1: 2, 3: 4}
print(d.keys() <= {1, 3}, d.keys() < {1, 3}, d.keys() < {1, 3, 5}, d.keys() > {1}, d.keys() >= {1, 3})
print({1} < d.keys(), {1, 3, 5} > d.keys(), frozenset({1}) <= d.keys())
print(d.items() >= {(1, 2)}, d.items() < {(1, 2), (3, 4), (5, 6)}, d.items() > {(1, 5)})
print(d.keys() <= {1: 0, 3: 0}.keys(), d.keys() > {}.keys(), d.items() <= d.items())
for f in [lambda: d.keys() < [1], lambda: d.values() < {1}, lambda: d.keys() >= 5]:
    try:
        f()
    except TypeError as e:
        print(e)
