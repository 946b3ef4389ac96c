# test except (A, B) as e, ordering of handlers, bare except
def risky(kind):
    if kind == 1:
        raise ValueError("bad value")
    if kind == 2:
        raise KeyError("k")
    if kind == 3:
        raise TypeError("wrong type")
    return "ok"
for k in range(4):
    try:
        print(risky(k))
    except (ValueError, KeyError) as e:
        print("caught", type(e).__name__, e)
    except Exception as e:
        print("general", type(e).__name__, e)
try:
    [][0]
except:
    print("bare except")
try:
    raise ValueError("x")
except ValueError as err:
    pass
try:
    print(err)
except NameError:
    print("err is unbound after except")
