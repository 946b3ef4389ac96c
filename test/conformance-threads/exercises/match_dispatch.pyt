# test match-based message dispatch in a worker
import threading, queue
from dataclasses import dataclass
@dataclass
class Deposit: amount: int
@dataclass
class Withdraw: amount: int
@dataclass
class Stop: pass
inbox = queue.Queue()
log = []
def actor():
    balance = 0
    while True:
        match inbox.get():
            case Deposit(amount=n) if n > 0:
                balance += n
            case Withdraw(n) if n <= balance:
                balance -= n
            case Withdraw(n):
                log.append(f"refused {n}")
            case Stop():
                log.append(f"final {balance}")
                return
            case other:
                log.append(f"unknown {other!r}")
t = threading.Thread(target=actor); t.start()
for m in [Deposit(10), Withdraw(3), Withdraw(50), "junk", Deposit(-1), Stop()]:
    inbox.put(m)
t.join()
print(log)
