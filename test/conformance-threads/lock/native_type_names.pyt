# test CPython's tp_name in messages: '_thread.lock', '_thread.RLock', '_io.TextIOWrapper' (builtins and classes by name alone); 3.11 says 'cannot set' for a delete too
import threading, _thread
l = threading.Lock()
r = threading.RLock()
print(type(l), type(r))
print(type(l).__name__, type(l).__qualname__, type(l).__module__)
try:
    l.foo = 1
except AttributeError as e:
    print(e)
try:
    l.nope
except AttributeError as e:
    print(e)
try:
    type(l).x = 1
except TypeError as e:
    print(e)
print(repr(l)[:22])
try:
    type(l).nope
except AttributeError as e:
    print(e)
try:
    del type(r).acquire
except TypeError as e:
    print(e)
import sys
try:
    sys.stdout + 1
except TypeError as e:
    print(e)
try:
    int.nope
except AttributeError as e:
    print(e)
class A: pass
try:
    A.nope
except AttributeError as e:
    print(e)
import threading
l = threading.Lock()
for f in [lambda: l + 1, lambda: l[0], lambda: l(), lambda: iter(l), lambda: len(l), lambda: l < l, lambda: -l]:
    try:
        f()
    except TypeError as e:
        print(e)
