# test __main__'s initial names (dir(), globals() order, __loader__, __spec__) and dir(module) listing only the module's own names
print(dir())
print(list(globals()))
print(repr(__loader__).split(" at ")[0], __spec__, __package__, __cached__, __annotations__)
import math, threading
print("__class__" in dir(math), "__init__" in dir(threading), [n for n in dir(math) if not n.startswith("_")][:6])
x: int = 1
print(__annotations__)
print(type(__builtins__), __builtins__.len("abc"), hasattr(__builtins__, "TimeoutError"))
