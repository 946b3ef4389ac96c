# test the default __ne__ negates the truth of a non-bool __eq__ result, and passes NotImplemented on
class Eq:
    def __eq__(self, o): return "yes"
class Empty:
    def __eq__(self, o): return []
class NI:
    def __eq__(self, o): return NotImplemented
print(Eq() == 1, Eq() != 1, Empty() != 1, NI() != 1, NI() != NI())
print(Eq() in [1], [Eq()] == [1], [Empty()] != [1])
