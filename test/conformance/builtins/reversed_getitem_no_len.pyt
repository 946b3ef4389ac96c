# test reversed() of a __getitem__ sequence without __len__, with it, and of a non-sequence
class G:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
class GL(G):
    def __len__(self): return 3
print(list(G()), list(reversed(GL())))
for x in [G(), 5, {1: 2}.values() if False else object()]:
    try:
        reversed(x)
    except TypeError as e:
        print(e)
