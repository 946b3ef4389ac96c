# test a __slots__ class's instances and member descriptors seen from a thread
import threading
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
ps = [P(i) for i in range(3)]
def w():
    for p in ps: p.y = p.x * 2
    print(P.x, P.y)
t = threading.Thread(target=w); t.start(); t.join()
print([p.y for p in ps], P.y)
