# test hunt: collections.UserDict/UserList/UserString (a locked UserDict), their reprs and methods
import collections
from collections import UserDict, UserList, UserString
import threading
class LockedDict(UserDict):
    def __init__(self, *a, **k):
        self._lock = threading.Lock()
        super().__init__(*a, **k)
    def __setitem__(self, key, value):
        with self._lock:
            super().__setitem__(key, value)
d = LockedDict({"a": 1}, b=2)
d["c"] = 3
d.update(x=9)
print(d, len(d), d.get("zz", 0), "a" in d, list(d.items()), d.pop("a"), d.setdefault("q", 7), d.copy(), type(d.copy()).__name__)
print(repr(UserDict), UserDict.__module__, isinstance(d, collections.abc.MutableMapping), d == {"b": 2, "c": 3, "x": 9, "q": 7})
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e)
class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"
print(Defaulting()["k"], UserDict.fromkeys("ab", 0), UserDict(a=1) | {"b": 2})
ul = UserList([3, 1, 2])
ul.sort(reverse=True)
ul.extend([0])
print(ul, ul.pop(), ul * 2, 2 * ul, ul[1:], ul.index(1), ul.count(3), sorted(ul), ul == [3, 2, 1], ul < [4], reversed(ul).__class__.__name__)
ul2 = ul.copy()
ul2 += [5]
print(ul, ul2, len(ul2), 5 in ul2, list(reversed(ul2)))
us = UserString("Hello")
print(us, repr(us), us.lower(), us + "!", "x" + us, us * 2, us[1:3], us.split("l"), us.replace("l", "L"), us == "Hello", us < "World", "ell" in us, len(us))
print(us.center(9, "*"), us.startswith("He"), us.find("l"), us.format() if False else 0, us.isalpha(), type(us[0]).__name__, str(us).upper())
from collections import *
print(UserList, sorted(collections.__all__))
