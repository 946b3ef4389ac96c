# test the traceback of a mapping's get() raising during a mapping pattern
class G(dict):
    def get(self, k, d=None):
        raise KeyError("nope")
match G(a=1):
    case {"a": 1}:
        pass
