# test a class keeping its lock and count in private (mangled) attributes, used from threads
import threading
class Counter:
    def __init__(self):
        self.__count = 0
        self.__lock = threading.Lock()
    def __bump(self):
        self.__count += 1
    def increment(self):
        with self.__lock:
            self.__bump()
    @property
    def value(self):
        return self.__count
c = Counter()
def work():
    for _ in range(1000):
        c.increment()
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(c.value, sorted(vars(c)))
