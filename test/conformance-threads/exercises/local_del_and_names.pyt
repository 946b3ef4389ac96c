# test threading.local: del of an attribute this thread never set, and the type's name in errors
import threading

ctx = threading.local()
ctx.user = "main"


class Request(threading.local):
    pass


req = Request()


def handler(n):
    try:
        del ctx.user  # set only in MainThread
    except AttributeError as e:
        print(f"handler {n}: AttributeError: {e}")
    ctx.user = f"user{n}"
    del ctx.user
    try:
        ctx.user
    except AttributeError as e:
        print(f"handler {n}: after del: {e}")
    try:
        del req.id
    except AttributeError as e:
        print(f"handler {n}: AttributeError: {e}")


for n in range(2):
    t = threading.Thread(target=handler, args=(n,))
    t.start()
    t.join()
print("main still has", ctx.user)
for bad in (lambda: len(ctx), lambda: ctx + 1, lambda: ctx[0], lambda: iter(ctx), lambda: ctx(), lambda: req < req):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
