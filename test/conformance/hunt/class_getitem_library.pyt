# test hunt: __class_getitem__ of library classes (collections, queue, concurrent.futures, functools, contextlib, dataclasses, re, collections.abc) and builtins
import builtins, collections, collections.abc, queue, concurrent.futures, functools, contextlib, dataclasses, re, os
names = ["collections.deque", "collections.defaultdict", "collections.OrderedDict", "collections.Counter", "collections.ChainMap",
         "collections.UserDict", "collections.UserList", "queue.Queue", "queue.SimpleQueue", "queue.LifoQueue", "queue.PriorityQueue",
         "concurrent.futures.Future", "functools.partial", "functools.cached_property", "functools.partialmethod", "contextlib.AbstractContextManager",
         "dataclasses.Field", "re.Pattern", "re.Match", "collections.abc.Iterable", "collections.abc.Mapping", "collections.abc.Callable",
         "list", "dict", "tuple", "set", "frozenset", "type", "enumerate", "range" ]
for n in names:
    mod, _, attr = n.rpartition(".")
    obj = getattr(builtins, attr) if not mod else functools.reduce(getattr, n.split(".")[1:], globals()[n.split(".")[0]])
    try:
        print(n, repr(obj[int]))
    except TypeError as e:
        print(n, "TypeError:", e)
