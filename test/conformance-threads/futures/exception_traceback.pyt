# test an exception raised in a pool thread is the same object in the caller, with its traceback: result() and map() re-raise it showing the function's frame
from concurrent.futures import ThreadPoolExecutor


class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


def withdraw(amount):
    if amount > 100:
        raise InsufficientFunds(amount - 100)
    return 100 - amount


with ThreadPoolExecutor(max_workers=2) as ex:
    f = ex.submit(withdraw, 150)
    e = f.exception()
    print(type(e).__name__, e, e.needed, e is f.exception())
    try:
        f.result()
    except InsufficientFunds as caught:
        print("caught", caught is e, caught.args)
    print(list(ex.map(withdraw, [10, 20])))
    try:
        list(ex.map(withdraw, [30, 130]))
    except InsufficientFunds as caught:
        print("map raised", caught, caught.needed)
    g = ex.submit(withdraw, 500)
    g.result()
