# test global and nonlocal declarations
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def make():
    total = 0
    def add(n):
        nonlocal total
        total += n
        return total
    return add
add = make()
print(add(5), add(10))
def create_global():
    global created
    created = "yes"
create_global()
print(created)
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
    middle()
    return x
print(outer())
