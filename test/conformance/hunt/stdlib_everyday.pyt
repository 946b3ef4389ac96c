# test hunt: string.Template, textwrap, pprint, copy, contextlib, operator, re, statistics
import string, textwrap, pprint, copy, contextlib, operator, re, statistics
from string import Template
t = Template("$who likes ${what}s, $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
print(string.ascii_letters, string.digits, string.punctuation, string.capwords("hello   world  x"))
txt = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.fill(txt, 30))
print(textwrap.shorten(txt, 40), textwrap.indent("a\nb", "> "), textwrap.dedent("   x\n   y"))
data = {"users": [{"name": "a" * 10, "roles": ["admin", "dev"] * 3}, {"name": "b", "roles": []}], "count": 2, "meta": {"k": list(range(30))}}
pprint.pprint(data)
pprint.pprint(data, width=40, compact=True)
print(pprint.pformat({"b": 1, "a": 2}), pprint.pformat({"b": 1, "a": 2}, sort_dicts=False))
orig = {"a": [1, 2], "b": {"c": 3}}
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig["a"].append(99)
print(sh, dp)
class Node:
    def __init__(self): self.children = []; self.parent = None
n = Node(); c = Node(); c.parent = n; n.children.append(c)
n2 = copy.deepcopy(n)
print(n2.children[0].parent is n2, n2 is not n)
with contextlib.suppress(KeyError):
    {}["x"]
print("suppressed")
@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")
with tag("b") as t2:
    print("inside", t2)
try:
    with tag("err"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
import io
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    for nm in "xy":
        stack.enter_context(tag(nm))
    stack.callback(print, "callback ran")
print(operator.add(1, 2), operator.itemgetter(1, 0)("ab"), operator.attrgetter("real")(3), list(map(operator.mul, [1, 2], [3, 4])))
m = re.search(r"(\w+)@(\w+)\.com", "mail bob@example.com now")
print(m.group(0), m.groups(), m.span(), m.start(2), re.findall(r"\d+", "a1b22c333"), re.sub(r"\s+", " ", "a   b \n c"))
print(re.split(r"[,;]\s*", "a, b;c"), re.fullmatch(r"\d{3}-\d{4}", "555-1234") is not None, re.match("x", "yx"))
pat = re.compile(r"(?P<key>\w+)=(?P<val>\d+)")
print([mm.groupdict() for mm in pat.finditer("a=1 b=22")], pat.sub(lambda mm: mm["key"].upper(), "a=1 b=2"), pat)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.mode("aab"), round(statistics.stdev([1, 2, 3, 4]), 6), statistics.pstdev([2, 4]))
print(statistics.median([1, 2, 3, 4]), statistics.mean([1.5, 2.5]), statistics.variance([1, 2, 3]), statistics.quantiles(range(1, 11), n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print(e)
