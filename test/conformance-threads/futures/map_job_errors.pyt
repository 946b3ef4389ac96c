# test futures: map results that raise, and what is cancelled after them
from concurrent.futures import ThreadPoolExecutor, TimeoutError, CancelledError
import threading

class Oops(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

def f(x):
    if x == 3:
        raise Oops("three", 33)
    return x * 10

with ThreadPoolExecutor(3) as ex:
    out = []
    try:
        for v in ex.map(f, range(6)):
            out.append(v)
    except Oops as e:
        print("Oops", e.args, e.code, out)

ran = []
def record(x):
    ran.append(x)
    return x

# a timed-out result: its own input and the later ones are cancelled (they had not started)
gate = threading.Event()
with ThreadPoolExecutor(1) as ex:
    ex.submit(gate.wait)
    it = ex.map(record, [1, 2, 3], timeout=0.05)
    try:
        next(it)
    except TimeoutError:
        print("timed out")
    try:
        next(it)
    except StopIteration:
        print("iterator done")
    gate.set()
print("ran after timeout:", ran)

# shutdown(cancel_futures=True) cancels the inputs not started; the iterator raises CancelledError
gate = threading.Event()
ex = ThreadPoolExecutor(1)
ex.submit(gate.wait)
it = ex.map(record, [4, 5, 6])
ex.shutdown(wait=False, cancel_futures=True)
gate.set()
try:
    next(it)
except CancelledError:
    print("cancelled")
ex.shutdown()
print("ran after cancel:", ran)

# a fn that raises BaseException (SystemExit) in a worker: re-raised by the iterator
def leave(x):
    raise SystemExit(x)
with ThreadPoolExecutor(2) as ex:
    try:
        list(ex.map(leave, [7]))
    except SystemExit as e:
        print("SystemExit", e.code)
