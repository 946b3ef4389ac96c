# test classes (builtin, unnamed builtin and user-defined) as keys of dicts and sets shared between threads, and the copy module used from threads
import copy
import threading

names = {int: "integer", str: "string", type(None): "none", type(len): "builtin"}
class Shape: pass
class Circle(Shape): pass
kinds = {Shape: "shape", Circle: "circle"}
seen = {}
lock = threading.Lock()

def classify(v):
    t = type(v)
    with lock:
        seen[t] = names.get(t, kinds.get(t, "other"))

values = [1, "s", None, len, Shape(), Circle(), 2.5]
threads = [threading.Thread(target=classify, args=(v,)) for v in values]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(seen, key=lambda k: k.__name__):
    print(k.__name__, seen[k], k in seen, seen[k] == names.get(k, kinds.get(k, "other")))
print(type(None) in names, float in names, {int, str} == {str, int})

copies = []
def copier(x):
    c = copy.deepcopy(x)
    c["inner"].append(4)
    with lock:
        copies.append((c, x))
original = {"inner": [1, 2, 3], "none": None, "kind": int}
t = threading.Thread(target=copier, args=(original,))
t.start()
t.join()
c, x = copies[0]
print(c, x is original, original)
