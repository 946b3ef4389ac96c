# test collections.abc: isinstance by methods and by registration (list, dict, deque...), Sequence/MutableMapping mixins, abstract subclasses refused
from collections.abc import Iterable, Iterator, Sequence, Mapping, MutableMapping, Callable, Hashable, Sized, Container, MutableSequence, Set, Generator, Collection
import collections.abc
import collections
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("iterable", lambda: [isinstance(x, Iterable) for x in ([], (), "", {}, set(), 5, range(3), iter([]), (x for x in []))])
attempt("iterator", lambda: [isinstance(x, Iterator) for x in ([], iter([]), (x for x in []), map(str, []))])
attempt("sequence", lambda: [isinstance(x, Sequence) for x in ([], (), "", range(1), {}, collections.deque())])
attempt("mapping", lambda: [isinstance(x, Mapping) for x in ({}, collections.OrderedDict(), collections.Counter(), [], collections.defaultdict(int))])
attempt("callable", lambda: [isinstance(x, Callable) for x in (len, lambda: 0, int, 5, "s")])
attempt("hashable", lambda: [isinstance(x, Hashable) for x in (1, "s", (), [], {}, set())])
attempt("sized/container", lambda: (isinstance([], Sized), isinstance(5, Sized), isinstance("", Container)))
attempt("generator", lambda: isinstance((x for x in []), Generator))
attempt("module", lambda: (collections.abc.Iterable is Iterable, repr(Iterable), Iterable.__module__))
class MySeq(Sequence):
    def __init__(self, *items): self._items = items
    def __getitem__(self, i): return self._items[i]
    def __len__(self): return len(self._items)
s = MySeq(3, 1, 3)
attempt("myseq", lambda: (list(s), 3 in s, s.index(1), s.count(3), list(reversed(s)), isinstance(s, Iterable), isinstance(s, Sequence)))
class Bad(Sequence):
    pass
attempt("bad seq", lambda: Bad())
class Registry(MutableMapping):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k]
    def __setitem__(self, k, v): self._d[k] = v
    def __delitem__(self, k): del self._d[k]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
r = Registry(); r["a"] = 1; r.update(b=2); r.setdefault("c", 3)
attempt("mutablemapping", lambda: (dict(r), r.get("z", 0), "a" in r, list(r.keys()), list(r.items()), r.pop("a"), len(r), r == {"b": 2, "c": 3}))
class Duck:
    def __iter__(self): return iter([1])
    def __len__(self): return 1
attempt("duck", lambda: (isinstance(Duck(), Iterable), isinstance(Duck(), Sized), isinstance(Duck(), Collection), issubclass(Duck, Iterable)))
