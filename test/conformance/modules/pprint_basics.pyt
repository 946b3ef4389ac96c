# test pprint: pprint/pformat/pp with width, indent, depth, compact, sort_dicts, underscore_numbers; recursion; OrderedDict, defaultdict, Counter, deque, ChainMap, dataclass, SimpleNamespace, mappingproxy, long strings
import pprint, collections, dataclasses, types
data = {"threads": [{"name": f"worker-{i}", "results": list(range(i * 3)), "ok": i % 2 == 0} for i in range(5)],
        "config": {"timeout": 2.5, "retries": 3, "hosts": ("alpha.example.com", "beta.example.com", "gamma.example.com")},
        "empty": {}, "nested": [[1, [2, [3, [4, [5]]]]]], "s": "word " * 30, 3: None, (1, 2): {1, 2, 3}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pp(data, width=50)
print(pprint.pformat(list(range(40))))
print(pprint.pformat(list(range(40)), compact=True))
print(pprint.saferepr(data)[:80], pprint.isreadable(data), pprint.isrecursive(data))
r = [1, 2]; r.append(r)
print(pprint.pformat(r).replace(str(id(r)), "ID"), pprint.isrecursive(r), pprint.isreadable(r))
pprint.pprint(collections.OrderedDict((str(i), i * "x") for i in range(8)))
pprint.pprint(collections.defaultdict(list, {k: list(range(k)) for k in range(6, 10)}))
pprint.pprint(collections.Counter("abracadabra" * 7 + "xyz" * 20 + "qwertyuiop"), width=30)
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint(collections.ChainMap({"a": list(range(20))}, {"b": list(range(20))}))
@dataclasses.dataclass
class Point:
    x: int
    y: list
    label: str = "a rather long label that makes the repr wrap"
pprint.pprint([Point(1, list(range(15))), Point(2, [])])
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50, gamma={"k": "v" * 60}))
pprint.pprint(types.MappingProxyType({"k" * 30: "v" * 60}))
pprint.pprint({"text": "line one\nline two is much longer than the other lines in this string, by a lot\n"})
pprint.pprint("a" * 100)
pprint.pprint(frozenset(range(30)))
pprint.pprint({10 ** 12: 1_000_000}, underscore_numbers=True)
pprint.pprint([{"b": 1, "a": 2}], sort_dicts=False)
pprint.pprint({1: "a", "b": 2, None: 3.5}, width=10)
p = pprint.PrettyPrinter(indent=4, width=30)
p.pprint(data["config"])
print(p.pformat((1,)), p.isreadable(object()), p.format("x", {}, 0, 0))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
