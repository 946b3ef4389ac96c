# test decorators: simple, with arguments, stacked, preserving behaviour
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper()
    return wrapper
def repeat(times):
    def deco(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return deco
def trace(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        print("returned", result)
        return result
    return wrapper
@shout
def hello(name):
    return f"hello {name}"
@repeat(3)
def ping():
    return "ping"
@trace
@shout
def both(x):
    return x
print(hello("ann"))
print(ping())
print(both("stacked"))
print(hello.__name__)
registry = []
def register(f):
    registry.append(f.__name__)
    return f
@register
def a(): pass
@register
def b(): pass
print(registry)
