# test chained exceptions in a thread
import threading
class AppError(Exception): pass
def load():
    try:
        int("x")
    except ValueError as e:
        raise AppError("could not load") from e
def handler():
    try:
        load()
    except AppError:
        raise RuntimeError("handler failed")
t = threading.Thread(target=handler, name="loader"); t.start(); t.join()
def ctx():
    with threading.Lock():
        [1][2]
t = threading.Thread(target=ctx); t.start(); t.join()
print("main continues")
