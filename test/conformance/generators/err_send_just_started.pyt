# test send() of a non-None value to a just-started generator is a TypeError
def echo():
    while True:
        x = yield
        print("echo", x)

e = echo()
e.send(None)
e.send("hi")
e2 = echo()
e2.send("too early")
