# test class decorators and class keyword-free bases, a registry filled by decorating classes
registry = {}
def register(cls):
    registry[cls.__name__.lower()] = cls
    return cls
def with_greeting(cls):
    cls.greet = lambda self: f"hi from {type(self).__name__}"
    return cls
@register
@with_greeting
class Robot:
    pass
@register
class Human(object):
    def greet(self):
        return "hello"
print(sorted(registry))
print(registry["robot"]().greet(), Human().greet())
