# test the traceback of a registered Sequence whose __len__ raises
class S:
    def __len__(self):
        raise RuntimeError("no len")
import collections.abc
collections.abc.Sequence.register(S)
match S():
    case [a, b]:
        pass
