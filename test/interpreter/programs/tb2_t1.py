class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
def process(acc, amounts):
    for a in amounts:
        acc.withdraw(a)
acc = Account(100)
process(acc, [10, 20, 200])
