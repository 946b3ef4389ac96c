# test multiple return values, returning functions, early returns in loops
def min_max(items):
    return min(items), max(items)
lo, hi = min_max([4, 2, 8])
print(lo, hi, min_max([1]))
def find(items, target):
    for i, v in enumerate(items):
        if v == target:
            return i
    return -1
print(find("abc", "c"), find("abc", "z"))
def nothing():
    return None
print(nothing(), type(nothing()).__name__)
