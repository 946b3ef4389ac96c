# test hunt: generator pipelines, chunking with walrus, recursive yield from, send/throw/close, PEP 479
import itertools
def pipeline():
    def read(lines):
        for line in lines:
            yield line.strip()
    def parse(rows):
        for r in rows:
            if not r or r.startswith("#"):
                continue
            name, _, val = r.partition("=")
            yield name.strip(), int(val)
    def total(pairs):
        s = 0
        for name, v in pairs:
            s += v
            yield name, s
    return list(total(parse(read(["a = 1", "# c", "", "b=2", " c = 3 "]))))
print(pipeline())
def chunks(it, n):
    it = iter(it)
    while chunk := list(itertools.islice(it, n)):
        yield chunk
print(list(chunks(range(7), 3)))
def tree(n, depth=0):
    yield "  " * depth + str(n)
    if n > 1:
        yield from tree(n // 2, depth + 1)
        yield from tree(n - n // 2 - 1, depth + 1)
print("\n".join(tree(6)))
def gen_return():
    yield 1
    return "result"
g = gen_return()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value:", e.value)
def delegator():
    r = yield from gen_return()
    yield r
print(list(delegator()))
def echo():
    received = []
    while True:
        try:
            x = yield len(received)
        except ValueError:
            received.clear()
            continue
        except GeneratorExit:
            print("exit with", received)
            return
        received.append(x)
e = echo()
next(e)
print(e.send("a"), e.send("b"), e.throw(ValueError), e.send("c"))
e.close()
print(e.gi_running, e.gi_frame if False else None)
def infinite():
    n = 0
    while True:
        yield n
        n += 1
print(list(itertools.takewhile(lambda x: x < 5, infinite())), next(x for x in infinite() if x > 10))
gen = (x ** 2 for x in range(4))
print(type(gen).__name__, 9 in gen, list(gen))
def bad():
    yield 1
    raise StopIteration
try:
    list(bad())
except RuntimeError as ex:
    print(ex, type(ex.__cause__).__name__)
g2 = (1 / x for x in [1, 0])
print(next(g2))
try:
    next(g2)
except ZeroDivisionError as ex:
    print("zde", ex)
print(next(g2, "exhausted"))
def running():
    yield g3.gi_running
g3 = running()
print(next(g3))
try:
    g4 = (i for i in range(3))
    def reenter():
        yield next(g5)
    g5 = reenter()
    next(g5)
except ValueError as ex:
    print(ex)
print(sum(x for x in range(10) if x % 2), max((len(w), w) for w in "a bb ccc".split()), sorted(set(c for c in "hello")))
print(dict((k, v) for k, v in zip("ab", "xy")), tuple(i for i in range(3)), any(i > 1 for i in [0, 2]))
