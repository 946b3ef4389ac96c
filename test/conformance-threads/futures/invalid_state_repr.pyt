# test repr of a Future that raised, and InvalidStateError when setting a finished or cancelled future again
from concurrent.futures import Future, InvalidStateError
f = Future()
f.set_exception(ValueError("x"))
print(repr(f).split(" state=")[1])
try:
    f.set_result(1)
except InvalidStateError as e:
    print(type(e).__name__, str(e).split(":")[0], str(e).split(" state=")[1])
g = Future(); g.set_result([1])
print(repr(g).split(" state=")[1])
try:
    g.set_exception(KeyError())
except InvalidStateError as e:
    print(str(e).split(" state=")[1])
h = Future(); h.cancel()
try:
    h.set_result(1)
except InvalidStateError as e:
    print(str(e).split(":")[0], str(e).split(" state=")[1])
