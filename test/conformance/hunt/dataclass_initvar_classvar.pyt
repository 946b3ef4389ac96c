# test hunt: dataclasses: InitVar passed to __post_init__, ClassVar not a field, kw_only/KW_ONLY, slots, frozen, unsafe_hash, Field repr, replace
from dataclasses import dataclass, field, KW_ONLY, InitVar, is_dataclass, asdict, fields, FrozenInstanceError, make_dataclass
import dataclasses
@dataclass(kw_only=True)
class Opts:
    a: int = 1
    b: str = "x"
print(Opts(b="y"))
try:
    Opts(1)
except TypeError as e:
    print(e)
@dataclass
class Mixed:
    x: int
    _: KW_ONLY
    y: int = 0
    z: int = field(default=5, kw_only=True)
print(Mixed(1, y=2), Mixed(3))
@dataclass
class WithInit:
    total: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.total *= scale
print(WithInit(5), WithInit(5, 3), [f.name for f in fields(WithInit)])
@dataclass(slots=True)
class Slot:
    a: int
    b: int = 2
s = Slot(1)
print(s, hasattr(s, "__dict__"), Slot.__slots__)
try:
    s.c = 3
except AttributeError as e:
    print(e)
@dataclass(frozen=True)
class FP:
    x: int
    y: int = 0
fp = FP(1)
try:
    fp.x = 2
except FrozenInstanceError as e:
    print(type(e).__name__, e)
try:
    del fp.y
except FrozenInstanceError as e:
    print(e)
print(hash(fp) == hash(FP(1, 0)), {fp, FP(1)}, dataclasses.replace(fp, y=5))
try:
    @dataclass
    class Child(FP):
        z: int = 1
except TypeError as e:
    print(e)
@dataclass(unsafe_hash=True)
class UH:
    a: int
    b: list = field(default_factory=list, hash=False, compare=False)
print(hash(UH(1)) == hash(UH(1, [2])), UH(1) == UH(1, [3]))
@dataclass
class Tree:
    val: int
    kids: list = field(default_factory=list)
t = Tree(1, [Tree(2), Tree(3, [Tree(4)])])
print(t)
print(asdict(t))
print(is_dataclass(t), is_dataclass(Tree), is_dataclass(5))
P = make_dataclass("P", [("x", int), ("y", int, field(default=0))])
print(P(1), P.__name__)
@dataclass(repr=False, eq=False)
class Bare:
    v: int
print(Bare(1) == Bare(1), "object at" in repr(Bare(1)))
@dataclass
class Defaults:
    name: str
    tags: list[str] = field(default_factory=lambda: ["new"])
    count: int = field(default=0, repr=False)
    meta: dict = field(default_factory=dict, compare=False)
d1 = Defaults("a")
d1.tags.append("x")
print(d1, Defaults("a"), d1 == Defaults("a", ["new", "x"], 0, {"m": 1}))
try:
    @dataclass
    class Bad:
        d: dict = {}
except ValueError as e:
    print(e)
@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    def __str__(self): return f"{self.major}.{self.minor}.{self.patch}"
vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(vs), max(vs), str(min(vs)), Version(1) < Version(1, 0, 1))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print(e)
print(Version.__eq__(Version(1), 5), repr(fields(Version)[1]).split("default_factory")[0], repr(fields(Version)[0]).split(",")[:2])
print(dataclasses.astuple(Version(3)), Version.__dataclass_fields__.keys())
from typing import ClassVar
import typing
@dataclass
class Counted:
    x: int
    count: ClassVar[int] = 0
    other: typing.ClassVar = 1
    scale: InitVar[float] = 1.0
    def __post_init__(self, scale):
        Counted.count += 1
        self.x *= scale
print(Counted(2), Counted(3, 2.5), Counted.count, [f.name for f in fields(Counted)], Counted.__match_args__)
print(Counted.scale, InitVar[int], InitVar[list[int]], sorted(Counted.__dataclass_fields__))
try:
    dataclasses.replace(Counted(1))
except ValueError as e:
    print(e)
print(dataclasses.replace(Counted(1), scale=3), asdict(Counted(4)))
@dataclass
class Sub(Counted):
    y: int = 0
    def __post_init__(self, scale):
        super().__post_init__(scale)
        self.y = -self.x
print(Sub(1, 2.0, 5), Sub.__match_args__)
@dataclass
class NoPost:
    a: int
    b: InitVar[int] = 0
print(NoPost(1, 2), hasattr(NoPost(1), "b"), NoPost.b)
try:
    @dataclass
    class BadIV:
        a: InitVar[list] = field(default_factory=list)
except TypeError as e:
    print(e)
class Key:
    __hash__ = None
try:
    @dataclass
    class BadDefault:
        k: Key = Key()
except ValueError as e:
    print(str(e).split(" for ")[1])
@dataclass(frozen=True)
class FrozenIV:
    a: int
    k: InitVar[int] = 1
    def __post_init__(self, k):
        object.__setattr__(self, "a", self.a * k)
print(FrozenIV(2, 5), field(metadata={"unit": "cm"}).metadata)
