# test close() of a generator that yields again after GeneratorExit: RuntimeError "generator ignored GeneratorExit"; close of finished, unstarted and returning generators
def stubborn():
    try:
        yield "tick"
    except GeneratorExit:
        print("not closing")
        yield "tock"
    print("done")

s = stubborn()
print(next(s))
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(s, "finished"))
s.close()

def polite():
    try:
        yield 1
    except GeneratorExit:
        print("closing politely")
        return "ignored value"
p = polite()
next(p)
print(p.close())
print(next(p, "exhausted"))

def never_started():
    print("body runs")
    yield
n = never_started()
n.close()
print(next(n, "closed before start"))

def raises_on_close():
    try:
        yield
    finally:
        raise ValueError("from finally")
r = raises_on_close()
next(r)
try:
    r.close()
except ValueError as e:
    print("close raised", e)
