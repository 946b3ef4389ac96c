# test errors: calling an instance without __call__, missing method, unorderable instances, abstract-ish NotImplementedError
class Thing:
    def todo(self):
        raise NotImplementedError("subclass must implement")
t = Thing()
try:
    t()
except TypeError as e:
    print(e)
try:
    t.missing()
except AttributeError as e:
    print(e)
try:
    t < Thing()
except TypeError as e:
    print(e)
try:
    t.todo()
except NotImplementedError as e:
    print(type(e).__name__, e)
try:
    len(t)
except TypeError as e:
    print(e)
try:
    for x in t:
        pass
except TypeError as e:
    print(e)
try:
    Thing(1)
except TypeError as e:
    print(e)
