# test numbers' ABCs checked from threads (int, float, bool, str through the registered subclass chain)
import numbers, threading
out = []
def check(v):
    out.append((repr(v), isinstance(v, numbers.Number), isinstance(v, numbers.Integral)))
ts = [threading.Thread(target=check, args=(v,)) for v in (1, 2.5, "s", True)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out))
