# test AttributeError on None, numbers, strings and bools: caught ones' messages, and the uncaught one's traceback (no suggestion machinery crash)
for obj in [None, 1, 2 ** 100, 1.5, "s", True, (1,)]:
    try:
        obj.nope
    except AttributeError as e:
        print(e)
try:
    "abc".uper()
except AttributeError as e:
    print(e)
x = None
x.append(1)
