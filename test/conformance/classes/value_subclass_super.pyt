# test str and int subclasses overriding dunders and calling super(): their __str__/__repr__ also serve f-strings, format() and str.format with an empty spec
class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
    def __str__(self):
        return "S:" + super().__str__()
    def __repr__(self):
        return "S(" + super().__repr__() + ")"
    def __len__(self):
        return super().__len__() * 10
    def __add__(self, o):
        return S(super().__add__(o))
    def __getitem__(self, i):
        return S(super().__getitem__(i))
s = S("ab")
print(s.upper(), str(s), repr(s), len(s), s + "c", repr(s + "c"), s[0], repr(s[1:]), [s], f"{s}", "%s|%r" % (s, s))
print(s.lower(), s == "ab", "-".join([s, s]), s.split("a"), type(s * 2).__name__)
class L(int):
    def __add__(self, o):
        return L(super().__add__(o) * 10)
    def __repr__(self):
        return f"L({int(self)})"
print(L(1) + 2, 2 + L(1), L(3), [L(3)], str(L(3)), f"{L(3)}", "%d" % L(3), L(5) * 2)
print(f"{L(4):>5}", f"{S('q'):>4}", "{}|{}".format(L(4), S("q")))
class Plain(str): pass
class PI(int): pass
print(f"{Plain('p')}", f"{PI(7)}", format(PI(7), ""), f"{True}", format(False))
