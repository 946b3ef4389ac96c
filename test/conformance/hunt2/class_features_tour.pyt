# test properties, classmethod/staticmethod, __str__ vs __repr__, __eq__ without __hash__, inheritance and super, __slots__
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
    def balance(self, value):
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @classmethod
    def from_string(cls, s):
        o, b = s.split(":")
        return cls(o, int(b))
    @staticmethod
    def valid(x):
        return x >= 0
    def __str__(self):
        return f"{self.owner}: {self._balance}"
    def __repr__(self):
        return f"Account({self.owner!r}, {self._balance})"
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner
a = Account("ann", 10)
b = Account.from_string("bob:20")
print(a, repr(a), [a, b], str([a]), f"{a}", f"{a!r}", Account.count, Account.valid(-1))
a.balance = 50
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("err", e)
try:
    hash(a)
except TypeError as e:
    print(e)
try:
    del a.balance
except AttributeError as e:
    print(e)
class Ro:
    @property
    def x(self): return 1
try:
    Ro().x = 5
except AttributeError as e:
    print(e)
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        raise NotImplementedError("Subclass must implement")
class Dog(Animal):
    def __init__(self, name, breed):
        super().__init__(name)
        self.breed = breed
    def speak(self):
        return f"{self.name} woofs"
class Cat(Animal):
    pass
print(Dog("r", "lab").speak(), isinstance(Dog("a","b"), Animal), issubclass(Cat, Animal), Dog.__mro__, Dog.__name__, Dog.__bases__)
try:
    Cat("c").speak()
except NotImplementedError as e:
    print(repr(e))
class S:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = 1
s = S()
try:
    s.c = 3
except AttributeError as e:
    print(e)
try:
    print(s.b)
except AttributeError as e:
    print(e)
print(Account.__dict__["interest"], a.__dict__, vars(b), type(a).__name__, a.__class__.__name__)
class P:
    pass
print(str(P())[:22], P.__qualname__, P.__module__, hasattr(P(), "x"), getattr(P(), "x", "dflt"))
try:
    getattr(P(), "x")
except AttributeError as e:
    print(e)
class C:
    def __init__(self, n): self.n = n
    def __lt__(self, o): return self.n < o.n
    def __repr__(self): return f"C{self.n}"
print(sorted([C(3), C(1)]), max(C(1), C(5)), min([C(2), C(0)]))
try:
    C(1) > 2
except TypeError as e:
    print(e)
try:
    C(1) <= C(2)
except TypeError as e:
    print(e)
