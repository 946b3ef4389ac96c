# test copy.copy and copy.deepcopy of containers, instances, slots, namedtuples, dict/list subclasses, custom hooks and uncopyable objects
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter
board = [[0] * 3 for _ in range(3)]
shallow = copy.copy(board); deep = copy.deepcopy(board)
board[0][0] = 9
print(shallow[0][0], deep[0][0], shallow is board, shallow[0] is board[0], deep[0] is board[0])
d = {"a": [1, 2], "b": {"c": (1, [2])}}
dd = copy.deepcopy(d); d["a"].append(3); d["b"]["c"][1].append(4)
print(dd, d)
t = (1, 2, (3, 4)); print(copy.deepcopy(t) is t, copy.copy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __repr__(self): return f"Point({self.x}, {self.y})"
class Shape:
    def __init__(self, pts): self.pts = pts; self.name = "shape"
s = Shape([Point(1, 2), Point(3, 4)])
s2 = copy.copy(s); s3 = copy.deepcopy(s)
s.pts[0].x = 100
print(s2.pts, s3.pts, s2.pts is s.pts, s3.pts is s.pts, type(s3).__name__, vars(s3).keys())
class WithCopy:
    def __init__(self): self.v = [1]
    def __copy__(self): print("custom copy"); n = WithCopy(); n.v = self.v; return n
    def __deepcopy__(self, memo): print("custom deepcopy", type(memo).__name__); n = WithCopy(); n.v = list(self.v); return n
w = WithCopy(); print(copy.copy(w).v is w.v, copy.deepcopy(w).v is w.v)
P = namedtuple("P", "x y"); p = P([1], 2); pc = copy.deepcopy(p); print(pc, type(pc).__name__, pc.x is p.x)
od = OrderedDict(a=[1]); print(copy.deepcopy(od), type(copy.copy(od)).__name__)
ddf = defaultdict(list); ddf["k"].append(1); c = copy.deepcopy(ddf); print(c, c.default_factory)
print(copy.copy(Counter("aab")), copy.deepcopy({1, 2, 3}), copy.copy(frozenset([1])), copy.copy([1, [2]]))
cyc = [1]; cyc.append(cyc); cc = copy.deepcopy(cyc); print(cc[1] is cc, cc[0])
class Sl:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
sl = copy.deepcopy(Sl()); print(sl.a, hasattr(sl, "b"))
class St:
    def __init__(self): self.x = 1; self.cache = "big"
    def __getstate__(self): st = self.__dict__.copy(); del st["cache"]; return st
    def __setstate__(self, st): self.__dict__.update(st); self.cache = None
st = copy.deepcopy(St()); print(vars(st))
class MyList(list): pass
ml = MyList([[1], 2]); ml.tag = "t"; mc = copy.deepcopy(ml); print(mc, type(mc).__name__, mc.tag, mc[0] is ml[0])
e = ValueError("bad", 1); print(repr(copy.copy(e)), repr(copy.deepcopy(e)))
import threading, sys
print(copy.copy(5), copy.deepcopy("s"), copy.copy(None), copy.deepcopy(len) is len, copy.copy(int) is int)
print(copy.Error, issubclass(copy.Error, Exception))
for v in (threading.Lock(), threading.Event(), sys):
    try:
        copy.deepcopy(v)
    except TypeError as e:
        print(e)
