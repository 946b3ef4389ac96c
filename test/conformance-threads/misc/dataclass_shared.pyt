# test dataclass instances (with a Lock field, frozen ones) used from several threads
import threading
from dataclasses import dataclass, field
@dataclass
class Account:
    owner: str
    balance: int = 0
    history: list = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)
    def deposit(self, n):
        with self.lock:
            self.balance += n
            self.history.append(n)
@dataclass(frozen=True)
class Job:
    id: int
    amount: int
acct = Account("ann")
jobs = [Job(i, i * 10) for i in range(6)]
def worker(chunk):
    for j in chunk:
        acct.deposit(j.amount)
ts = [threading.Thread(target=worker, args=(jobs[i::2],)) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(acct.balance, sorted(acct.history), acct.owner, repr(acct).startswith("Account(owner="))
def mutate():
    try:
        jobs[0].amount = 5
    except AttributeError as e:
        print(type(e).__name__, e)
t = threading.Thread(target=mutate); t.start(); t.join()
