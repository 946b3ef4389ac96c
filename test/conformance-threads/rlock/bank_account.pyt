# test rlock: bank account
import threading

class Account:
    def __init__(self, balance):
        self.balance = balance
        self.lock = threading.RLock()

    def deposit(self, amount):
        with self.lock:
            self.balance += amount

    def withdraw(self, amount):
        with self.lock:
            if self.balance >= amount:
                self.balance -= amount
                return True
            return False

    def transfer_in(self, amount):
        with self.lock:          # re-entered by deposit
            self.deposit(amount)

acct = Account(100)
def worker():
    for _ in range(200):
        acct.deposit(1)
        acct.withdraw(1)
        acct.transfer_in(2)
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads: t.start()
for t in threads: t.join()
print("balance:", acct.balance)
