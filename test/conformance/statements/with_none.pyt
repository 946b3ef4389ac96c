# test with on None (a call that returns None) and on other values without the protocol
for v in [None, 5, "s"]:
    try:
        with v as x:
            pass
    except TypeError as e:
        print(e)
with print("a") as x:
    pass
