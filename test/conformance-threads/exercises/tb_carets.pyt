# test traceback carets in threads for various expressions
import threading
data = {"items": [1, 2, 3]}
def w1(): return data["items"][10]
def w2(): return data["missing"]["x"]
def w3(): x = None; return x.attr
def w4(): return len(5)
def w5(): return (1 +
    "a")
def w6(): return [i for i in range(3)][5]
def w7():
    f = lambda n: n / 0
    return f(1)
def w8(): return int("x") + 1
for fn in (w1, w2, w3, w4, w5, w6, w7, w8):
    t = threading.Thread(target=fn); t.start(); t.join()
