# test a shared generator that raises: the thread stepping it gets the exception (and the traceback's type and message), then StopIteration; a generator that raises StopIteration gives RuntimeError (PEP 479)
import threading

def items():
    yield 1
    yield [2, 3]
    yield {"k": (4, "five")}
    raise ValueError("no more items")

def bad():
    yield "x"
    raise StopIteration

gen = items()
gen2 = bad()
log = []

def consume():
    try:
        for x in gen:
            log.append(x)
    except ValueError as e:
        log.append(f"{type(e).__name__}: {e}")
    log.append(next(gen, "after the end"))
    try:
        log.append(list(gen2))
    except RuntimeError as e:
        log.append(f"{type(e).__name__}: {e}")

t = threading.Thread(target=consume)
t.start()
t.join()
for entry in log:
    print(entry)
