# test a match re-entered while it is matching (a property that matches again), and recursion through cases
class Deep:
    def __init__(self, n): self.n = n
    @property
    def inner(self):
        # matching again while the outer match is still reading this attribute
        return depth(Deep(self.n - 1)) if self.n > 0 else "bottom"
def depth(v):
    match v:
        case Deep(n=n, inner=inner):
            return (n, inner)
print(depth(Deep(3)))
def tree(t):
    match t:
        case [left, right]:
            return tree(left) + tree(right)
        case int(leaf):
            return leaf
print(tree([[1, [2, 3]], [4, [5, [6, 7]]]]))
