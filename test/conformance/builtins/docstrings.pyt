# test builtins: native functions, methods and types carry CPython's docstrings (__doc__, what help() shows)
import threading, time, math

print(len.__doc__)
print(print.__doc__)
print(str.upper.__doc__)
print([].append.__doc__)
print(dict.fromkeys.__doc__)
print(int.__doc__)
print(time.sleep.__doc__)
print(math.sqrt.__doc__)
print(threading.Lock.__doc__)
print(threading.Lock().acquire.__doc__)

class MyList(list):
    """My list."""

print(MyList.__doc__, MyList().append.__doc__ == list.append.__doc__)

class Plain:
    pass

print(Plain.__doc__)
print("__doc__" in dir(len), type(abs.__doc__).__name__)
