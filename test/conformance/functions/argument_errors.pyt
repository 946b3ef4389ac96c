# test TypeError messages for wrong argument counts and names
def f(a, b):
    return a + b
def g(a, b=1, *, c):
    return a
class K:
    def method(self, x):
        return x
calls = [
    lambda: f(1),
    lambda: f(),
    lambda: f(1, 2, 3),
    lambda: f(1, b=2, a=3),
    lambda: f(1, 2, c=3),
    lambda: g(1),
    lambda: g(),
    lambda: K().method(),
    lambda: K().method(1, 2),
    lambda: K.method(1),
    lambda: (lambda x: x)(),
    lambda: len(),
    lambda: len(1, 2),
    lambda: f(*[1, 2, 3]),
    lambda: f(**{"a": 1, "z": 2}),
]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
