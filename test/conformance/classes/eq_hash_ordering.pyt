# test __eq__, __lt__, __le__, default identity equality, __hash__ = None when __eq__ defined
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"v{self.major}.{self.minor}"
vs = [Version(1, 2), Version(0, 9), Version(1, 0)]
print(sorted(vs), min(vs), max(vs))
print(Version(1, 0) == Version(1, 0), Version(1, 0) != Version(2, 0), Version(1, 0) > Version(0, 5))
print(Version(1, 0) in vs)
try:
    Version(1, 0) <= Version(2, 0)
except TypeError as e:
    print(e)
try:
    {Version(1, 0)}
except TypeError as e:
    print(e)
class Plain:
    pass
p = Plain()
print(p == p, p == Plain(), p != Plain(), hash(p) == hash(p))
