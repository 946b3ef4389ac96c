# test collections: deque.rotate and maxlen trimming as CPython's C deque: same results, rotate's ssize_t range
from collections import deque
d = deque(range(10)); d.rotate(3); print(d); d.rotate(-13); print(d); d.rotate(0); print(d)
d.rotate(2**62 + 1); print(d)
for n in (2**70, -2**70, 1.5):
    try:
        d.rotate(n)
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
e = deque([], maxlen=3); [e.append(i) for i in range(5)]; print(e); e.appendleft(9); print(e); e.extend([7,8]); print(e)
e.extendleft([1, 2]); print(e)
f = deque(maxlen=0); f.append(1); f.appendleft(2); print(f)
z = deque(); z.rotate(5); print(z)
