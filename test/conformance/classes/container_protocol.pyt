# test __len__, __getitem__, __setitem__, __contains__, __iter__, __bool__
class Deck:
    def __init__(self):
        self.cards = ["A", "K", "Q"]
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __contains__(self, card):
        print("contains called")
        return card in self.cards
d = Deck()
print(len(d), d[0], d[-1], d[0:2], "K" in d, "J" in d)
d[1] = "J"
print(list(d), [c for c in d], bool(d))
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "falsy" if not Empty() else "truthy")
class Flag:
    def __bool__(self):
        return False
print(bool(Flag()))
try:
    d[10]
except IndexError as e:
    print(e)
