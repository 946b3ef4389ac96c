# test default arguments: evaluated once, keyword calls, None sentinel
def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Bo", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Hey"))
def append_to(x, items=None):
    if items is None:
        items = []
    items.append(x)
    return items
print(append_to(1), append_to(2))
counter = 10
def show(value=counter):
    return value
counter = 20
print(show())
print(greet.__defaults__)
