# test thread idents look like CPython's (large ints, distinct, matching get_ident) and RLock's repr owner
import threading

main = threading.get_ident()
print(type(main).__name__, main > 2 ** 32, main == threading.main_thread().ident)
seen = []
lock = threading.Lock()


def record():
    with lock:
        seen.append((threading.get_ident(), threading.current_thread().ident))


threads = [threading.Thread(target=record) for _ in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(all(a == b for a, b in seen), main not in {a for a, _ in seen}, all(t.ident > 2 ** 32 for t in threads))
r = threading.RLock()
with r:
    print(f"owner={main} " in repr(r))
print(repr(threading.main_thread()) == f"<_MainThread(MainThread, started {main})>")
