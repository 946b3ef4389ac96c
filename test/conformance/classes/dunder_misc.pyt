# test __getattr__ fallback, __setattr__ hooks, __len__ errors, __init__ returning None requirement
class Defaults:
    def __init__(self):
        self.real = 1
    def __getattr__(self, name):
        return f"<default {name}>"
d = Defaults()
print(d.real, d.anything, getattr(d, "other"))
class Logged:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
l = Logged()
l.x = 5
print(l.x)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
