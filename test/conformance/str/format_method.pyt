# test str.format: positional, numbered, named, attribute and index fields, escaping
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=3))
print("{0[0]} {0[1]}".format(["x", "y"]), "{d[key]}".format(d={"key": "v"}))
class P:
    x = 5
print("{p.x}".format(p=P()))
print("{{}} {}".format(1), "{:>5}|{:<5}|{:^5}|".format(1, 2, 3))
print("{!r} {!s}".format("q", "q"))
print("{:.3}".format("truncate"), "{:.3}".format(3.14159))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format()
except KeyError as e:
    print("KeyError:", e)
