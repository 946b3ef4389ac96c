# test hunt: class/instance attributes, @property setter/deleter, __repr__/__str__/__eq__/__hash__/__lt__, attribute errors
class Account:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        Account.count += 1
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, v):
        if v < 0:
            raise ValueError(f"negative balance: {v!r}")
        self._balance = v
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __str__(self):
        return f"{self.owner}: ${self._balance:,.2f}"
    def __eq__(self, other):
        if not isinstance(other, Account):
            return NotImplemented
        return (self.owner, self._balance) == (other.owner, other._balance)
    def __hash__(self):
        return hash((self.owner, self._balance))
    def __lt__(self, other):
        return self._balance < other._balance

a = Account("alice", 1234567.891)
b = Account("bob", 10)
print(a, repr(a), str(b))
print([a, b])
print(sorted([a, b]))
print(a == Account("alice", 1234567.891), a == 3, a != b)
print(len({a, Account("alice", 1234567.891), b}))
a.interest = 0.05
print(a.interest, Account.interest, b.interest, Account.count)
print(vars(b))
try:
    b.balance = -5
except ValueError as e:
    print("error:", e)
try:
    del a.balance
except AttributeError as e:
    print(type(e).__name__, e)
try:
    a > 3
except TypeError as e:
    print(e)
try:
    a <= b
except TypeError as e:
    print(e)
print(a > b, b > a)
class P:
    @property
    def x(self): return 1
p = P()
try:
    p.x = 2
except AttributeError as e:
    print(e)
print(type(Account.balance).__name__)
print(type(Account.__dict__['balance']))
print(hasattr(a, 'owner'), getattr(a, 'nope', 'dflt'))
try:
    a.nope
except AttributeError as e:
    print(e)
try:
    Account.nope
except AttributeError as e:
    print(e)
