# test synchronized decorator, contextmanager lock helpers
import threading, functools, contextlib
def synchronized(lock):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            with lock:
                return fn(*a, **kw)
        return wrapper
    return deco
L = threading.RLock()
class Account:
    def __init__(self, bal): self.balance = bal
    @synchronized(L)
    def deposit(self, n):
        """deposit n"""
        self.balance += n
    @synchronized(L)
    def transfer(self, other, n):
        self.balance -= n
        other.deposit(n)
a, b = Account(1000), Account(1000)
def work():
    for _ in range(200):
        a.transfer(b, 1); b.transfer(a, 2)
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(a.balance, b.balance, a.balance + b.balance, Account.deposit.__name__, Account.deposit.__doc__, Account.deposit.__wrapped__.__qualname__)
@contextlib.contextmanager
def acquire_all(*locks):
    locks = sorted(locks, key=id)
    for l in locks: l.acquire()
    try:
        yield len(locks)
    finally:
        for l in reversed(locks): l.release()
x, y = threading.Lock(), threading.Lock()
with acquire_all(x, y) as n:
    print(n, x.locked(), y.locked())
print(x.locked(), y.locked())
try:
    with acquire_all(x, y):
        raise KeyError("inside")
except KeyError as e:
    print("KeyError", e, x.locked())
with contextlib.ExitStack() as st:
    for l in (x, y): st.enter_context(l)
    print(x.locked() and y.locked())
print(x.locked() or y.locked())
