# test str()/print/f-string of an object whose __repr__ returns a non-str: TypeError names __str__ (repr() names __repr__)
class X:
    def __repr__(self): return 42
for f in (repr, str, lambda o: f"{o}", lambda o: "%s" % o, lambda o: "{}".format(o), lambda o: [o], lambda o: str([o]), format, print):
    try:
        f(X())
    except TypeError as e:
        print(e)
class Y(X):
    def __str__(self): return "fine"
print(Y(), str(Y()), f"{Y()}")
try:
    print([Y()])
except TypeError as e:
    print(e)
class Z:
    def __repr__(self): return "Z!"
print(Z(), str(Z()), f"{Z()}", "%s" % Z(), [Z()])
print(X())
