# test instances of str and int subclasses passed to threads keep their class, attributes and methods
import threading
class Tag(str):
    def loud(self):
        return self.upper() + self.suffix
class Level(int):
    def double(self):
        return Level(self * 2)
results = []
lock = threading.Lock()
def work(tag, level):
    with lock:
        results.append((tag.loud(), type(tag).__name__, level.double(), type(level.double()).__name__))
tags = []
for x in "ab":
    t = Tag(x)
    t.suffix = "!"
    tags.append(t)
ts = [threading.Thread(target=work, args=(tags[i], Level(i + 1)), name=Tag("w")) for i in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results), ts[0].name)
