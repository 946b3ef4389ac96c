# test class definition, __init__, instance attributes, methods, default repr shape
class Dog:
    species = "canis"
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
    def speak(self):
        return f"{self.name} says woof"
    def birthday(self):
        self.age += 1
        return self
d = Dog("Rex")
print(d.speak(), d.age, d.birthday().age, d.species, Dog.species)
print(type(d).__name__, type(d) is Dog, isinstance(d, Dog))
print(Dog.speak(d))
print(repr(d).startswith("<__main__.Dog object at 0x"))
print(d.__class__.__name__, Dog.__name__, Dog.__qualname__)
print(sorted(d.__dict__.items()))
