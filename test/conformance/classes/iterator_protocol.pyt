# test __iter__ and __next__: custom iterators in for, list(), sum(), zip, and an iterable returning a new iterator
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
for n in Countdown(3):
    print(n)
print(list(Countdown(4)), sum(Countdown(5)))
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return Countdown(self.n)
r = Range2(2)
print(list(r), list(r), list(zip(r, "ab")))
c = Countdown(2)
print(list(c), list(c))
