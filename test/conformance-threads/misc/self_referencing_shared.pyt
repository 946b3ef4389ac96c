# test misc: self-referencing containers shared with a thread
# Containers that contain themselves (or each other) are published whole and keep their identity in
# every thread: the address a container gets is known while its own items are being published.
import threading

l = []
l.append(l)
d = {"name": "d"}
d["self"] = d
a, b = [], {}
a.append(b)
b["a"] = a
s = {1, 2}
box = [s, {"s": s}]

def show():
    print(l, d)
    print(l[0] is l, d["self"] is d, l[0][0][0] is l)
    print(a[0]["a"] is a, b["a"][0] is b)
    print(box[0] is box[1]["s"], sorted(box[0]))
    l.append(len(l))
    d["seen"] = True

t = threading.Thread(target=show)
t.start()
t.join()
print(l, d)
print(l[0] is l, d["self"]["self"] is d, a[0] is b)
