# test yields in assignment targets: the value first, then each target's object and key
class O: pass
def g():
    d = {}
    o = O()
    d[(yield "key")] = yield "value"
    (yield "obj").attr = 5
    x = d[(yield "k2")] = (yield "v2")
    print(d, o.attr, x)
    return o
obj = O()
it = g()
print(next(it))
print(it.send("V"))
print(it.send("K"))
print(it.send(obj))
print(it.send("V2"))
try:
    it.send("K2")
except StopIteration:
    print(obj.attr)
def bad():
    l = [1]
    l[(yield)] = 0
b = bad(); next(b)
b.send(5)
