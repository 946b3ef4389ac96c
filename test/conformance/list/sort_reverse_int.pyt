# test sort()/sorted()'s reverse= takes an int (bool, 0/1/-1), never None, str or float, and overflows past a C int
for r in [None, "x", 1.5, 2, True, 0, -1, 2**70, 2**31, 2**31-1]:
    for f in (lambda: sorted([3,1,2], reverse=r), lambda: [3,1,2].sort(reverse=r)):
        try: print(f())
        except Exception as e: print(type(e).__name__, e)
print(sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0], reverse=True))
