# test isinstance/issubclass with typing aliases (List, Optional[int], Callable, Iterable...) and objects defining __instancecheck__
from typing import *
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
attempt("[] List", lambda: isinstance([], List))
attempt("1 Any", lambda: isinstance(1, Any))
attempt("1 Union[int, str]", lambda: isinstance(1, Union[int, str]))
attempt("None Optional[int]", lambda: isinstance(None, Optional[int]))
attempt("[] List[int]", lambda: isinstance([], List[int]))
attempt("1 Union", lambda: isinstance(1, Union))
attempt("len Callable", lambda: isinstance(len, Callable))
attempt("lambda Callable", lambda: isinstance(lambda: 0, Callable))
attempt("1 Callable", lambda: isinstance(1, Callable))
attempt("[] Iterable", lambda: isinstance([], Iterable))
attempt("5 Iterable", lambda: isinstance(5, Iterable))
attempt("iter Iterator", lambda: isinstance(iter([]), Iterator))
attempt("[] Hashable", lambda: isinstance([], Hashable))
attempt("1 ClassVar", lambda: isinstance(1, ClassVar))
attempt("list List sub", lambda: issubclass(list, List))
attempt("int Union sub", lambda: issubclass(int, Union[int, str]))
attempt("int Any sub", lambda: issubclass(int, Any))
attempt("1 Callable[[int], str]", lambda: isinstance(1, Callable[[int], str]))
attempt("{} Dict", lambda: isinstance({}, Dict))
attempt("() Tuple", lambda: isinstance((1,), Tuple))
attempt("1 Optional", lambda: isinstance(1, Optional))
attempt("[] Sequence", lambda: isinstance([], Sequence))
attempt("'s' Sequence", lambda: isinstance('s', Sequence))
attempt("{} Sequence", lambda: isinstance({}, Sequence))
attempt("{} Mapping", lambda: isinstance({}, Mapping))
attempt("list Iterable sub", lambda: issubclass(list, Iterable))
attempt("1 Union[List[int], int]", lambda: isinstance(1, Union[List[int], int]))
attempt("int Type", lambda: isinstance(int, Type))
attempt("1 Type", lambda: isinstance(1, Type))
def process(value: Union[int, str, None]) -> str:
    if isinstance(value, Optional[int]):
        return "int or None"
    return "str"
print(process(1), process(None), process("a"))
class Meta(type):
    def __instancecheck__(cls, obj):
        return []
class Never(metaclass=Meta):
    pass
class Even:
    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj % 2 == 0
print(isinstance(Never(), Never), isinstance(1, (str, Never)), isinstance(4, Even()), isinstance(3, (str, Even())))
