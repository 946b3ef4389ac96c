# test exception notes and groups in threads
import threading
def w():
    try:
        raise ValueError("base")
    except ValueError as e:
        e.add_note("while processing item 3")
        raise
t = threading.Thread(target=w); t.start(); t.join()
def w2():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise TypeError("b")
        except TypeError as e2:
            raise RuntimeError("c") from None
t = threading.Thread(target=w2); t.start(); t.join()
def w3():
    e = ValueError("explicit context")
    e.__context__ = KeyError("ctx")
    raise e
t = threading.Thread(target=w3); t.start(); t.join()
def w4():
    raise ValueError("multi\nline message")
t = threading.Thread(target=w4); t.start(); t.join()
def w5():
    raise ValueError()
t = threading.Thread(target=w5); t.start(); t.join()
class E(Exception):
    def __str__(self): return "custom str"
def w6(): raise E
t = threading.Thread(target=w6); t.start(); t.join()
class E2(Exception):
    def __str__(self): raise RuntimeError("str broke")
def w7(): raise E2
t = threading.Thread(target=w7); t.start(); t.join()
