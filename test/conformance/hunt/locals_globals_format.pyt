# test hunt: str.format(**locals()), %-formatting with locals(), format_map(globals()), locals() in closures and class bodies
def report(name, qty, price):
    total = qty * price
    print("{name}: {qty} x {price:.2f} = {total:.2f}".format(**locals()))
    print("%(name)s costs %(total).1f" % locals())
    print(sorted(locals()), list(vars()))
report("apple", 3, 0.5)
x, y = 1, 2
print("{x} {y}".format_map(globals()), [k for k in globals() if not k.startswith("__")])
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return locals()
    return inc
print(counter()())
class K:
    a = 1
    print(sorted(k for k in locals() if not k.startswith("__")))
