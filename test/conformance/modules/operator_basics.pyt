# test operator: every operator function, itemgetter/attrgetter/methodcaller and their reprs, dunder aliases, CPython's argument errors
import operator as op
from operator import itemgetter, attrgetter, methodcaller
print(op.add(1, 2), op.sub(5, 7), op.mul('ab', 3), op.truediv(7, 2), op.floordiv(-7, 2), op.mod(-7, 3), op.neg(4), op.pos(-2), op.abs(-3.5), op.pow(2, 10))
print(op.eq(1, 1.0), op.ne(1, 2), op.lt(1, 2), op.le(2, 2), op.gt('b', 'a'), op.ge(1, 3), op.not_([]), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.lshift(1, 4), op.rshift(-16, 2), op.invert(5), op.inv(0), op.index(True), op.concat([1], [2]), op.contains('abc', 'b'))
print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.getitem({'k': 3}, 'k'), op.length_hint([1, 2]), op.length_hint(5, 3), op.call(len, 'ab'))
d = {1: 2}; op.setitem(d, 3, 4); op.delitem(d, 1); print(d)
l = [1]; print(op.iadd(l, [2]) is l, l, op.iadd(1, 2), op.imul('a', 3), op.isub(5, 1), op.ior({1}, {2}))
print(op.__add__(1, 2), op.__not__(0), op.__inv__(1))
print(repr(itemgetter(1)), repr(itemgetter(1, 'a')), repr(attrgetter('a.b')), repr(attrgetter('a', 'b')), repr(methodcaller('f', 1, k=2)))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(1, 0)(rows[0]), itemgetter(slice(1, None))('abc'))
class P:
    def __init__(self, name, inner=None):
        self.name = name
        self.inner = inner
ps = [P('z', P('one')), P('y', P('two'))]
print([p.name for p in sorted(ps, key=attrgetter('name'))], attrgetter('inner.name')(ps[0]), attrgetter('name', 'inner.name')(ps[1]))
print(methodcaller('upper')('a'), methodcaller('split', ',', maxsplit=1)('a,b,c'), list(map(methodcaller('strip'), [' a ', 'b '])))
from functools import reduce
print(reduce(op.mul, range(1, 6)), list(map(op.add, [1, 2], [10, 20])), sorted({'x': 2, 'y': 1}.items(), key=itemgetter(1)))
for f in [lambda: op.add(1), lambda: op.add(1, 2, 3), lambda: op.neg(), lambda: itemgetter(), lambda: attrgetter(1), lambda: methodcaller(),
          lambda: methodcaller(1), lambda: itemgetter(1)(), lambda: itemgetter(5)([1]), lambda: attrgetter('x')(1), lambda: op.truediv(1, 0),
          lambda: op.add(1, 'a'), lambda: op.index(1.5), lambda: op.add(a=1, b=2), lambda: op.not_(), lambda: itemgetter(1)([1, 2], [3]),
          lambda: attrgetter('a')(), lambda: op.length_hint(1, 'a'), lambda: op.contains(1, 2), lambda: op.getitem([1]), lambda: op.concat(1, 2),
          lambda: op.concat([1], (2,)), lambda: op.indexOf([1], 2), lambda: op.is_(1), lambda: op.truth(), lambda: attrgetter('a', 1),
          lambda: op.setitem([1], 0), lambda: op.pow(2, 3, 4), lambda: op.index(), lambda: op.add(1, 2, x=1), lambda: methodcaller('nope')(1)]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
