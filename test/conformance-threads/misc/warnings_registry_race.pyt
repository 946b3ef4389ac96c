# test misc: two threads' first warnings from one module at once: the module's registry is made once, so a once-per-location warning shows once per round (pyt showed it twice in some rounds)
import threading, warnings
shown = []
warnings.showwarning = lambda message, category, filename, lineno, file=None, line=None: shown.append(lineno)

def racer(barrier):
    barrier.wait()
    warnings.warn("shared line")

for round in range(200):
    globals().pop("__warningregistry__", None)
    barrier = threading.Barrier(2)
    ts = [threading.Thread(target=racer, args=(barrier,)) for _ in range(2)]
    for t in ts: t.start()
    for t in ts: t.join()
print(len(shown))
