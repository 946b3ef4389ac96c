class Singleton:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v
s1 = Singleton(1)
s2 = Singleton(2)
print(s1 is s2, s1.v)
class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns["tag"] = name.lower()
        return super().__new__(mcls, name, bases, ns)
class Tagged(metaclass=Meta):
    pass
print(Tagged.tag, type(Tagged).__name__)
class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B" + super().who()
class C(A):
    def who(self): return "C" + super().who()
class D(B, C):
    def who(self): return "D" + super().who()
print(D().who(), [k.__name__ for k in D.__mro__])
try:
    class X(A, D): pass
except TypeError as e:
    print(e)
class Account:
    interest = 0.02
    count = 0
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        Account.count += 1
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def __str__(self):
        return f"{self.owner}: {self.balance:.2f}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"
acc = Account("ann", 10).deposit(5).deposit(2.5)
print(acc, repr(acc), Account.count, acc.interest, str(acc) == f"{acc}")
try:
    acc.deposit(-1)
except ValueError as e:
    print("ValueError:", e)
class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[::-1][i]
st = Stack()
for i in range(3):
    st.push(i)
print(len(st), [x for x in st], bool(st), st.pop(), len(st))
class Point:
    __slots_like__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x; self.y = y
    def __eq__(self, o):
        return (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
d = {Point(1, 2): "a"}
print(d[Point(1, 2)], Point(1, 2) in d, Point(2, 1) in d)
class Shape:
    def area(self):
        raise NotImplementedError("subclass must implement")
try:
    Shape().area()
except NotImplementedError as e:
    print(type(e).__name__, e)
class Celsius:
    def __init__(self, t): self.t = t
    def __lt__(self, o): return self.t < o.t
    def __le__(self, o): return self.t <= o.t
    def __repr__(self): return f"C{self.t}"
print(Celsius(1) < Celsius(2), Celsius(3) > Celsius(2), Celsius(2) >= Celsius(2))
try:
    Celsius(1) < 5
except AttributeError as e:
    print(e)
try:
    object() < object()
except TypeError as e:
    print(e)
print(Account.__dict__["interest"] if False else Account.interest)
