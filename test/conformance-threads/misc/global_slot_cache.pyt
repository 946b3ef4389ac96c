# test misc: global slot cache
# Name sites keep a shared global's slot: every way the slot can stop holding must send them back to the
# dict (another thread's stores of every kind of value, deletion and re-creation, a resize of the globals
# table by new names, a store through the slot of a value that is not a small int).
import threading
t = threading.Thread(target=lambda: None); t.start(); t.join()
g = 0
def read():
    return g
def bump(n):
    global g
    for _ in range(n):
        g += 1
def run(fn, *args):
    t = threading.Thread(target=fn, args=args); t.start(); t.join()
bump(1000); print(read())
for value in ["text", 2.5, None, True, False, 10**40, (1, "a"), [1, 2], -2**30, 2**30 - 1, 2**30]:
    def store(v=value):
        global g
        g = v
    run(store)
    print(repr(read()), repr(read()))
    g = 7
    run(bump, 3)
    print(read())
def delete():
    global g
    del g
run(delete)
try:
    read()
except NameError as e:
    print(e)
try:
    bump(1)
except NameError as e:
    print(e)
def create():
    global g
    g = 100
run(create)
print(read())
bump(5); print(read())
for i in range(200):
    globals()[f"name_{i}"] = i
print(read(), name_199)
bump(5); print(read())
def mixed():
    global g
    for i in range(300):
        g = i if i % 3 else str(i)
    return g
print(run(mixed), read())
g = 0
ts = [threading.Thread(target=bump, args=(10_000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(0 < g <= 40_000)
