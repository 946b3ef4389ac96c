# test a name declared both nonlocal and global is refused at its first declaration
def f():
    x = 1
    def g():
        nonlocal x
        global x
    return g
print("never")
