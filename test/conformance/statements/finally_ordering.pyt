# test finally runs on return, break, continue and exceptions, and can override return
def f():
    try:
        return "try"
    finally:
        print("finally in f")
print(f())
def g():
    try:
        return "try"
    finally:
        return "finally wins"
print(g())
for i in range(3):
    try:
        if i == 0:
            continue
        if i == 2:
            break
        print("body", i)
    finally:
        print("finally", i)
def h():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
h()
