# test inheritance, overriding, super() in __init__ and methods, multilevel
class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
    def describe(self):
        return f"{self.name}: {self.speak()}"
class Cat(Animal):
    def speak(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name, pride):
        super().__init__(name)
        self.pride = pride
    def speak(self):
        return super().speak().upper() + "!"
for a in [Animal("generic"), Cat("Tom"), Lion("Leo", "east")]:
    print(a.describe())
l = Lion("Leo", "east")
print(l.pride, isinstance(l, Animal), isinstance(l, Cat), issubclass(Lion, Animal), issubclass(Animal, Lion))
print([c.__name__ for c in Lion.__mro__])
print(Lion.__bases__[0].__name__)
