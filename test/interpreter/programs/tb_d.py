def f():
    for i in range(3):
        x = (1 + 2) * 'a' - 3
f()
