# test transfers ordering locks by id to avoid deadlock, with properties and __repr__
import threading
from typing import List
class Account:
    _next_id = 0
    def __init__(self, owner: str, balance: float = 0.0):
        Account._next_id += 1
        self.id = Account._next_id
        self.owner = owner
        self._balance = balance
        self.lock = threading.Lock()
    @property
    def balance(self) -> float:
        return self._balance
    @balance.setter
    def balance(self, value: float) -> None:
        if value < 0:
            raise ValueError(f"negative balance for {self.owner}")
        self._balance = value
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:.2f})"
    def __lt__(self, other):
        return self.id < other.id
def transfer(a: Account, b: Account, amount: float) -> bool:
    first, second = sorted([a, b])
    with first.lock, second.lock:
        try:
            a.balance -= amount
        except ValueError:
            return False
        b.balance += amount
        return True
accts: List[Account] = [Account(n, 100.0) for n in ("ann", "bob", "cy")]
outcomes = []
lk = threading.Lock()
def worker(i):
    for j in range(30):
        src, dst = accts[(i + j) % 3], accts[(i + j + 1) % 3]
        ok = transfer(src, dst, 7.5)
        with lk: outcomes.append(ok)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(accts, f"total={sum(a.balance for a in accts):.2f}", len(outcomes))
try:
    accts[0].balance = -1
except ValueError as e:
    print(e)
del accts[0].balance
