# test atexit: callbacks run after an uncaught exception's traceback; status 1
import atexit

log = []


@atexit.register
def summary():
    print("atexit sees", log)


def work(n):
    log.append(n)
    if n == 2:
        raise RuntimeError("failed at %d" % n)


for i in range(5):
    work(i)
