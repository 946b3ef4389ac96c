# test atexit._run_exitfuncs/_clear/_ncallbacks: a run empties the list; callbacks registered or unregistered during a run
import atexit

atexit._clear()
print(atexit._ncallbacks())


def a():
    print("a")
    atexit.register(print, "registered during the run: runs at exit, not now")


def b():
    print("b unregisters a")
    atexit.unregister(a)
    atexit.register(print, "registered during the run: cleared with the rest, never runs")


def c():
    print("c")


atexit.register(a)
atexit.register(c)
atexit.register(b)
atexit.register(c)
print(atexit._ncallbacks())
atexit.unregister(c)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print("after run", atexit._ncallbacks())
atexit.register(c)
atexit.register(c)
atexit._clear()
print("after clear", atexit._ncallbacks())
atexit._run_exitfuncs()
atexit.register(print, "at exit")
for f, args in [(atexit._clear, (1,)), (atexit._ncallbacks, (1, 2)), (atexit._run_exitfuncs, (0,))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
print("main done")
