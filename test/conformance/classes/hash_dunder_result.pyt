# test a __hash__ result as CPython keeps it: -1 becomes -2, a huge int is reduced as int's hash
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return self.v
for v in [5, -1, -2, 0, 2**100, -2**100, True]:
    print(v if v is not True else "True", hash(Key(v)))
