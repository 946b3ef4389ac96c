# test an error in __init__ while constructing an object
class Circle:
    def __init__(self, radius):
        if radius < 0:
            raise ValueError("radius must be non-negative")
        self.radius = radius

c1 = Circle(1)
c2 = Circle(-1)
