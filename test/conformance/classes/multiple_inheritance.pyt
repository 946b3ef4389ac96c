# test multiple inheritance and the MRO with super() chains
class Base:
    def hello(self):
        return ["Base"]
class Left(Base):
    def hello(self):
        return ["Left"] + super().hello()
class Right(Base):
    def hello(self):
        return ["Right"] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ["Child"] + super().hello()
print(Child().hello())
print([c.__name__ for c in Child.__mro__])
class Mixin:
    def tag(self):
        return f"<{self.label()}>"
class Item(Mixin):
    def label(self):
        return "item"
print(Item().tag())
