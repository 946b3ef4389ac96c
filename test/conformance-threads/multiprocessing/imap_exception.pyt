# test multiprocessing.pool: an exception in one imap task is raised at its place, the next ones still come
from multiprocessing.pool import ThreadPool


def parse(s):
    return int(s)


with ThreadPool(2) as pool:
    it = pool.imap(parse, ["1", "2", "three", "4"])
    out = []
    while True:
        try:
            out.append(next(it))
        except StopIteration:
            break
        except ValueError as e:
            out.append("error: " + str(e))
    print(out)


def numbers():
    yield 1
    yield 2
    raise RuntimeError("input broke")


with ThreadPool(2) as pool:
    it = pool.imap(parse, numbers())
    print(next(it), next(it))
    try:
        next(it)
    except RuntimeError as e:
        print("imap:", e)
    try:
        pool.map(parse, numbers())
    except RuntimeError as e:
        print("map:", e)
