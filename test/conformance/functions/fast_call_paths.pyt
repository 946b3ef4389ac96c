# test positional calls of global functions and methods: rebinding, builtins, frames reused after returns and exceptions
def add(a, b):
    return a + b

def twice(x):
    return add(x, x)

print(twice(3), twice("ab"))

# A global call site sees the function rebound, deleted, and a builtin shadowed then unshadowed.
def call_it(v):
    return conv(v)

def conv(v):
    return v * 10

print(call_it(4))
conv = str
print(repr(call_it(4)))
del conv
try:
    call_it(4)
except NameError as e:
    print("NameError:", e)

def use_len(s):
    return len(s)

print(use_len("abcd"))
def len(s):
    return -1
print(use_len("abcd"))
del len
print(use_len("abcd"))

# Locals start unbound in every call, even when an earlier call's frame is reused.
def maybe(flag):
    if flag:
        y = 1
    return y

print(maybe(True))
try:
    maybe(False)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(maybe(True))

# Keyword and default binding into a reused frame: slots start unbound, so no stale "multiple values".
def kw(a, b=5, *, c=7):
    return (a, b, c)

print(kw(1, 2), kw(1, b=3), kw(a=4), kw(1, c=0))
try:
    kw(1, a=2)
except TypeError as e:
    print("TypeError:", e)
print(kw(1, 2, c=3))

# A frame left by an exception, then recursion through the same function.
def fact(n):
    if n < 0:
        raise ValueError("negative: " + str(n))
    if n < 2:
        return 1
    return n * fact(n - 1)

try:
    fact(-3)
except ValueError as e:
    print("ValueError:", e)
print(fact(20), fact(25))

# Closures made in a reused frame keep their own cells.
def make(k):
    def get():
        return k
    return get

gs = [make(i) for i in range(3)]
print([g() for g in gs])

# Methods called with zero and one argument, and a class attribute shadowed by an instance one.
class Counter:
    def __init__(self):
        self.value = 0
    def add(self, n):
        self.value += n
        return self.value
    def get(self):
        return self.value

c = Counter()
for i in range(10):
    c.add(i & 3)
print(c.get(), c.add(5))
c.add = lambda n: "shadowed " + str(n)
print(c.add(1))

# Errors from a global call keep CPython's traceback.
def bottom(x):
    return x + "s"

def top(x):
    return bottom(x)

top(1)
