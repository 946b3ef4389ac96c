# test @property with getter, setter, validation, computed values, read-only property errors
class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value
    @property
    def summary(self):
        return f"{self.owner}: {self._balance}"
acc = Account("ann", 10)
print(acc.balance, acc.summary)
acc.balance = 25
print(acc.balance)
try:
    acc.balance = -5
except ValueError as e:
    print(e)
try:
    acc.summary = "x"
except AttributeError as e:
    print(e)
print(acc.balance, type(Account.balance).__name__)
