# test an object with __slots__ shared with a thread refuses other attributes there too
import threading


class Account:
    __slots__ = ("owner", "balance")

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0


acct = Account("ann")


def work():
    acct.balance += 10
    try:
        acct.history = []
    except AttributeError as e:
        print("in thread:", e)


t = threading.Thread(target=work)
t.start()
t.join()
print(acct.owner, acct.balance)
