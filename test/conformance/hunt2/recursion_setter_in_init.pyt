# test the classic property bug (the setter assigns its own property) called from __init__: 999 frames, as CPython's type call costs a level
class Temp:
    def __init__(self):
        self.celsius = 5
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        self.celsius = v
def depth(e):
    tb = e.__traceback__
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n
class Tree:
    def __init__(self):
        self.child = Tree()
try:
    Tree()
except RecursionError as e:
    print(depth(e), e)
Temp()
