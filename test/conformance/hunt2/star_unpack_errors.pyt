# test *x and **x that cannot be unpacked in calls and displays: messages (lone *x vs a built list, set displays) and carets on the whole call or display
import traceback, sys
def f(*a, **k):
    pass
class O:
    def m(self, *a, **k):
        pass
class I:
    def __iter__(self):
        return self
    def __next__(self):
        return 1 / 0
def show(thunk):
    try:
        thunk()
    except Exception as e:
        print(type(e).__name__ + ":", e)
show(lambda: f(*5))
show(lambda: f(1, *5))
show(lambda: f(*[1], *5))
show(lambda: print(*None))
show(lambda: O(*5))
show(lambda: O().m(**[1]))
show(lambda: [1, *5])
show(lambda: (1, *5))
show(lambda: {1, *5})
show(lambda: {**[1]})
def caret(thunk):
    try:
        thunk()
    except Exception:
        sys.stderr.write(traceback.format_exc())
caret(lambda: f(1,
                *I()))
x = [0, *5]
