# test bank transfers with ordered locks, audit thread
import threading, random
class Account:
    _ids = 0
    def __init__(self, balance):
        Account._ids += 1
        self.id = Account._ids
        self.balance = balance
        self.lock = threading.RLock()
    def __repr__(self): return f"Account(id={self.id}, balance={self.balance})"
def transfer(a, b, amt):
    first, second = (a, b) if a.id < b.id else (b, a)
    with first.lock, second.lock:
        if a.balance < amt:
            raise ValueError(f"insufficient funds in {a!r}")
        a.balance -= amt; b.balance += amt
accts = [Account(100) for _ in range(4)]
errors = []
def client(seed):
    rng = random.Random(seed)
    for _ in range(100):
        a, b = rng.sample(accts, 2)
        try:
            transfer(a, b, rng.randint(1, 30))
        except ValueError:
            errors.append(seed)
ts = [threading.Thread(target=client, args=(s,)) for s in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sum(a.balance for a in accts), all(a.balance >= 0 for a in accts))
try:
    transfer(accts[0], accts[1], 10**6)
except ValueError as e:
    print(str(e).split("(")[0])
