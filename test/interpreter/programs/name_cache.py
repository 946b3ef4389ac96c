# Per-site caches of global and builtin names (compile/name-cache.ts): every way a cached slot can go
# stale must be seen. Each function is called in a loop so its sites are warm before the change.
import builtins

x = 1
def read_x():
    return x
print([read_x() for _ in range(3)])
x = 2                      # rebinding an existing global
print(read_x())
globals()["x"] = 3         # through the globals dict
print(read_x())
del x                      # deleted: NameError from the warm site
try:
    read_x()
except NameError as e:
    print("NameError:", e)
x = 4                      # re-created after the delete
print(read_x())

def use_len():
    return len("abc")
print([use_len() for _ in range(3)])
len = lambda s: "shadowed"   # a new global shadows the builtin
print(use_len())
del len                      # back to the builtin
print(use_len())
builtins.len = lambda s: "patched"   # the builtin itself rebound
print(use_len())
del builtins.len
try:
    use_len()
except NameError as e:
    print("NameError:", e)
builtins.len = lambda s: 3
print(use_len())

def write_y(v):
    global y
    y = v
for i in range(3):
    write_y(i)
print(y)
globals().pop("y")
write_y(10)                  # the warm store site after its slot was removed
print(y, globals()["y"])

class C:
    z = 1
    w = z + 1                # class body: name lookups in the class namespace first
    def m(self):
        return z_global
z_global = "global z"
print(C.w, C().m())

for k in range(3):           # module-level loop: name stores and loads of k
    last = k
print(k, last)
globals().clear()
try:
    print(k)
except NameError as e:
    print("NameError:", e)
