# test Thread subclass hierarchy: overriding run with super().run(), __init__ with extra args, class attributes, properties
import threading
class Base(threading.Thread):
    instances = 0
    def __init__(self, label, *args, **kwargs):
        super().__init__(*args, **kwargs)
        type(self).instances += 1
        Base.instances += 0
        self.label = label
        self.log = []
    @property
    def summary(self):
        return f"{self.label}:{','.join(self.log)}"
    def run(self):
        self.log.append("base-run")
        super().run()
class Child(Base):
    def __init__(self, label, n):
        super().__init__(label, target=self.work, args=(n,), name=f"child-{label}")
        self.total = 0
    def work(self, n):
        self.log.append(f"work{n}")
        self.total = sum(range(n))
    def run(self):
        self.log.append("child-run")
        super().run()
    def __str__(self):
        return f"Child({self.label}, total={self.total})"
cs = [Child(x, n) for x, n in [("a", 5), ("b", 10)]]
for c in cs: c.start()
for c in cs: c.join()
for c in cs:
    print(c, c.summary, c.name, isinstance(c, threading.Thread), Child.__mro__[1].__name__)
print(Base.instances, Child.instances, Child.__name__, Child.__qualname__, Child.run.__qualname__)
print([cls.__name__ for cls in Child.__mro__])
