# test warnings from threads: 'default' shows a warning once per location across threads (one registry, __main__'s), filters set by MainThread apply in threads, catch_warnings records a thread's warnings, 'error' raises in the thread
import threading, warnings

barrier = threading.Barrier(2)

def work():
    barrier.wait()
    for i in range(3):
        warnings.warn("shared line")
    barrier.wait()      # (a thread may show a warning after another decided to: CPython's order varies)
    for i in range(3):
        threading.currentThread()

ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()

def one(msg):
    warnings.warn(msg, RuntimeWarning, stacklevel=2)

def caller():
    one("via caller")

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    t = threading.Thread(target=caller)
    t.start(); t.join()
    t = threading.Thread(target=caller)
    t.start(); t.join()
print([(str(m.message), m.category.__name__, m.lineno) for m in log])

warnings.simplefilter("error", RuntimeWarning)
t = threading.Thread(target=caller, name="Erring")
t.start(); t.join()
print("registry entries:", sorted(str(k) for k in __warningregistry__ if k != "version"))
