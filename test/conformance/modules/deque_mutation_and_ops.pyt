# test a deque changed while iterated raises 'deque mutated during iteration' (not d[i] = x, reverse, count); deque * n, *=, <
from collections import deque
ops = {'reverse': lambda d: d.reverse(), 'rotate0': lambda d: d.rotate(0), 'rotate1': lambda d: d.rotate(1), 'setitem': lambda d: d.__setitem__(0, 9),
'extend[]': lambda d: d.extend([]), 'clear': lambda d: d.clear(), 'remove': lambda d: d.remove(2), 'iadd': lambda d: d.__iadd__([5]), 'imul1': lambda d: d.__imul__(1),
'count': lambda d: d.count(1), 'delitem': lambda d: d.__delitem__(0), 'insert': lambda d: d.insert(0, 1), 'append': lambda d: d.append(1), 'copy': lambda d: d.copy(), 'index': lambda d: d.index(2),
'pop': lambda d: d.pop(), 'popleft': lambda d: d.popleft(), 'appendleft': lambda d: d.appendleft(0), 'extendleft': lambda d: d.extendleft([7])}
for n, op in ops.items():
    d = deque([1, 2, 3])
    it = iter(d); next(it)
    op(d)
    try: print(n, list(it))
    except RuntimeError as e: print(n, e)
d = deque([1,2,3], maxlen=3); it = iter(d); d.append(4)
try: print(list(it))
except RuntimeError as e: print('maxlen', e)
d = deque([1,2,3]); it = reversed(d); next(it); d.append(1)
try: print(list(it))
except RuntimeError as e: print('rev', e)
print(list(reversed(deque('abc'))), list(deque('abc')))
print(repr(iter(deque())).split(' at ')[0], repr(reversed(deque())).split(' at ')[0])
print(deque([1,2])*2, deque([1]) * 0, 2 * deque('ab'))
d = deque([1,2]); d *= 2; print(d)
d = deque([1,2], maxlen=3); d *= 2; print(d)
print(deque([1, 2]) < deque([1, 3]), deque([1]) == [1], deque([2]) >= deque([1, 5]))
print(deque('abc', 2) + deque('x'))
tasks = deque(["a", "b", "c"])
try:
    for t in tasks:
        if t == "b":
            tasks.remove(t)
except RuntimeError as e:
    print("error:", e, tasks)
