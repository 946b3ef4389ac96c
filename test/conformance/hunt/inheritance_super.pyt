# test hunt: inheritance, super() chains, MRO errors, __init_subclass__, __slots__
class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=None):
        super().__init__(name)
        self.tricks = tricks or []
    def speak(self):
        base = super().speak()
        return base + "!"
class Puppy(Dog):
    def speak(self):
        return super().speak().upper()
for a in [Animal("x"), Dog("rex"), Puppy("bit")]:
    print(a, a.speak())
print(Puppy.__mro__)
print(Puppy.mro())
print(isinstance(Puppy("a"), Animal), issubclass(Dog, Puppy))
print(Dog.__bases__, Dog.__name__, Dog.__qualname__, Dog.__module__)
class A:
    def go(self): print("A.go")
class B(A):
    def go(self): print("B.go"); super().go()
class C(A):
    def go(self): print("C.go"); super().go()
class D(B, C):
    def go(self): print("D.go"); super().go()
D().go()
print([k.__name__ for k in D.__mro__])
try:
    class X(A, D): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, **kw):
        print("subclass", cls.__name__, kw)
class Sub(Base, tag="t"):
    pass
class Shape:
    def area(self):
        raise NotImplementedError("subclasses must implement area")
class Sq(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
print(Sq(3).area())
try:
    Shape().area()
except NotImplementedError as e:
    print(repr(e))
class Counter:
    instances = []
    def __init__(self):
        self.instances.append(self)
Counter(); Counter()
print(len(Counter.instances))
class Meta:
    __slots__ = ("a",)
m = Meta()
m.a = 1
try:
    m.b = 2
except AttributeError as e:
    print(e)
print(str(Dog), repr(Dog("x").speak).split(" of ")[0])
print(Dog.speak.__qualname__)
