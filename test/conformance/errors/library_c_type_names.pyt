# test messages name the library classes CPython writes in C with their module (collections.deque, itertools.count, datetime.date), a subclass by its own name
import datetime, itertools, functools, queue
from collections import deque, defaultdict, OrderedDict
def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
d = datetime.date(2024, 1, 2)
attempt("date+1", lambda: d + 1)
attempt("dt-str", lambda: datetime.datetime(2024, 1, 1) - "x")
attempt("td*str", lambda: datetime.timedelta(1) * "x")
attempt("date<int", lambda: d < 5)
attempt("len(count)", lambda: len(itertools.count()))
attempt("count[0]", lambda: itertools.count()[0])
attempt("partial attr", lambda: functools.partial(len).foo)
attempt("sq attr", lambda: queue.SimpleQueue().foo)
attempt("deque+list", lambda: deque() + [1])
attempt("dd hash", lambda: {defaultdict(): 1})
attempt("od<od", lambda: OrderedDict() < OrderedDict())
attempt("deque attr", lambda: deque().push(1))
class MyDeque(deque):
    pass
attempt("sub attr", lambda: MyDeque().push(1))
attempt("sub hash", lambda: hash(MyDeque()))
