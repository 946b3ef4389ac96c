# test misc: a thread is the first to import library modules written in Python
# The module a thread imports first is the one every thread (MainThread included) gets afterwards.
import threading

seen = {}

def first():
    import functools
    import itertools as it
    from collections import Counter, deque
    import heapq, bisect, operator, string, contextlib, os
    seen["Counter"] = Counter
    seen["functools"] = functools
    print(functools.reduce(operator.add, [1, 2, 3]), list(it.repeat(1, 2)), Counter("aab"))
    print(deque([1, 2], maxlen=2), heapq.nsmallest(2, [5, 1, 4]), bisect.bisect([1, 3], 2))
    print(string.digits, os.path.join("a", "b"))
    with contextlib.suppress(KeyError):
        {}["missing"]

def second():
    import functools
    from collections import Counter
    print(functools is seen["functools"], Counter is seen["Counter"])

for target in (first, second):
    t = threading.Thread(target=target)
    t.start()
    t.join()

import collections, functools
print(collections.Counter is seen["Counter"], functools is seen["functools"])
print(isinstance(collections.Counter("ab"), seen["Counter"]))
