# test __str__ and __repr__: print, str(), repr(), inside containers, fallback of str to repr
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class Both:
    def __str__(self):
        return "str-form"
    def __repr__(self):
        return "repr-form"
class OnlyStr:
    def __str__(self):
        return "only-str"
o, b, s = OnlyRepr(), Both(), OnlyStr()
print(o, str(o), repr(o))
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(s, f"{s}", "%s" % s)
print(repr([s])[:17])
