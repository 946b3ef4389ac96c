# test hunt: the same in a set and dict shared between threads
import threading
shared = set()
def work():
    try:
        shared.add({1})
    except TypeError as e:
        print("thread:", e)
    try:
        shared.update([[1]])
    except TypeError as e:
        print("thread:", e)
    shared.add(frozenset({1}))
    print({1} in shared)
t = threading.Thread(target=work); t.start(); t.join()
print(shared)
d = {}
def w2():
    for f in (lambda: d.__setitem__({1}, 2), lambda: d[{1}], lambda: d.get({1}), lambda: {1} in d, lambda: shared.discard({1}), lambda: shared.remove({5})):
        try:
            print(f())
        except (TypeError, KeyError) as e:
            print(type(e).__name__, e)
t = threading.Thread(target=w2); t.start(); t.join()
print(shared)
