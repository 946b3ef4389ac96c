# test bank account with Lock and RLock, insufficient funds exception
import threading
from dataclasses import dataclass, field

class InsufficientFunds(Exception):
    pass

@dataclass
class Account:
    owner: str
    balance: int = 0
    _lock: threading.RLock = field(default_factory=threading.RLock, repr=False)

    def deposit(self, amount):
        with self._lock:
            self.balance += amount

    def withdraw(self, amount):
        with self._lock:
            if amount > self.balance:
                raise InsufficientFunds(f"{self.owner}: need {amount}, have {self.balance}")
            self.balance -= amount

    def transfer(self, other, amount):
        with self._lock:
            self.withdraw(amount)
            other.deposit(amount)

a = Account("alice", 1000)
b = Account("bob")
def work():
    for _ in range(100):
        a.transfer(b, 1)
ts = [threading.Thread(target=work) for _ in range(5)]
[t.start() for t in ts]
[t.join() for t in ts]
print(a, b)
try:
    b.transfer(a, 10_000)
except InsufficientFunds as e:
    print("error:", e, type(e).__name__)
b.withdraw(10_000)
