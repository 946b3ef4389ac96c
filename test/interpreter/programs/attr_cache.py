# Instance attribute sites keep the slot of the last instance dict they used (compile/attr-cache.ts):
# every way the slot or the lookup can change must be seen by a warm site.
class P:
    def __init__(self, x): self.x = x
    def get(self): return self.x
    def put(self, v): self.x = v
    def bump(self, n):
        self.x += n
        return self.x
p, q = P(1), P(10)
print([p.get() for _ in range(3)], [p.bump(1) for _ in range(3)], [p.put(i) for i in range(3)], p.x)
print(q.get(), p.get(), q.bump(5), p.bump(0))        # alternating instances at one site
vars(p)["x"] = 100                                   # through the __dict__
print(p.get())
del p.x                                              # the slot removed
try:
    p.get()
except AttributeError as e:
    print("AttributeError:", e)
p.x = 7                                              # re-created
print(p.get(), p.bump(1))
p.__dict__.pop("x"); p.__dict__["x"] = "re-added"    # removed and re-added through the dict
print(p.get())
p.__dict__.clear()
try:
    p.bump(1)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 1
P.x = property(lambda self: "property wins", lambda self, v: print("setter got", v))  # a data descriptor now
print(p.get(), p.__dict__)
p.put(1)                                             # the warm store site meets the property
del P.x
print(p.get(), p.bump(2))
class Q(P):
    def __getattr__(self, name): return "fallback " + name
r = Q(3)
print(r.get(), P.get(r))
del r.x
print(r.get(), P.get(r))
for obj in (p, r, p):                                # a site that sees two types in turn
    print(obj.get(), end=" ")
print()
