# 1 million method calls on a small class.
class Counter:
    def __init__(self):
        self.value = 0

    def add(self, n):
        self.value += n
        return self.value

c = Counter()
for i in range(1_000_000):
    c.add(i & 3)
print(c.value)
