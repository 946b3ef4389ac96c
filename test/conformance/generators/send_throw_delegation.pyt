# test send/throw/close forwarded through yield from (to generators and to iterator objects), throw's signatures, gi_running
def inner():
    got = []
    try:
        while True:
            try:
                x = yield len(got)
                got.append(x)
            except KeyError as e:
                print("inner caught", repr(e))
                got.append("K")
    except GeneratorExit:
        print("inner closed with", got)
        raise
    finally:
        print("inner finally")

def outer():
    r = yield from inner()
    print("never", r)

o = outer()
print(next(o), o.send("a"), o.send("b"))
print(o.throw(KeyError("k1")))
print(o.throw(KeyError, "k2"))
print(o.throw(KeyError, KeyError("k3"), None))
o.close()
print(next(o, "closed"))

def summer():
    total = 0
    while (x := (yield total)) is not None:
        total += x
    return total

def driver():
    a = yield from summer()
    b = yield from summer()
    return a, b

d = driver()
next(d)
for v in (1, 2, 3, None, 10, 20):
    try:
        print("->", d.send(v))
    except StopIteration as e:
        print("result", e.value)

class Echo:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
    def send(self, v):
        print("Echo.send", v)
        return self.__next__()
    def throw(self, t, v=None, tb=None):
        print("Echo.throw", repr(v if v is not None else t))
        return -1
    def close(self):
        print("Echo.close")

def over_echo():
    yield from Echo()
    yield "after"

e = over_echo()
print(next(e), e.send("s1"), e.throw(ValueError("v")), next(e))
e.close()
print(list(over_echo()))

def plain():
    yield from [1, 2]
p = plain()
next(p)
try:
    p.send("x")
except AttributeError as err:
    print("AttributeError", err)

def watcher():
    print("running inside:", w.gi_running)
    yield
w = watcher()
print(w.gi_running)
next(w)
print(w.gi_running, w.__name__, w.__qualname__)

class K:
    def gen(self):
        yield self
k = K()
print(next(k.gen()) is k, K.gen.__qualname__, k.gen().__qualname__)
try:
    k.gen().throw(1)
except TypeError as err:
    print("TypeError", err)
g2 = k.gen()
try:
    g2.throw(ValueError("a"), "b")
except TypeError as err:
    print("TypeError", err)
