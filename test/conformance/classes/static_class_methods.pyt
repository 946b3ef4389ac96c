# test @staticmethod and @classmethod: calls via class and instance, alternative constructors, cls in subclasses
class Temperature:
    unit = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 1))
    @staticmethod
    def is_valid(degrees):
        return degrees >= -273.15
    @classmethod
    def describe(cls):
        return f"{cls.__name__} in {cls.unit}"
class Kelvin(Temperature):
    unit = "K"
t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees)
k = Kelvin.from_fahrenheit(32)
print(type(k).__name__, k.degrees)
print(Temperature.is_valid(-300), t.is_valid(20))
print(Temperature.describe(), Kelvin.describe(), k.describe())
