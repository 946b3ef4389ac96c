# test equality and ordering across int/float/bool and containers
print(1 == 1.0, 1 == True, 0.5 == 1/2, 2 == "2")
print([1, 2] == [1, 2], [1, 2] == (1, 2), (1, 2) == (1, 2))
print({"a": 1, "b": 2} == {"b": 2, "a": 1}, {1, 2} == {2, 1})
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [2] > [1, 9])
print("abc" < "abd", "Z" < "a", "" < "a", "apple" < "apples")
print(1 < 1.5 < 2, True < 2, -0.0 == 0.0)
print(float("nan") == float("nan"), 10**20 == 1e20, 2**53 + 1 == float(2**53 + 1))
print(max([1, 2.5, True]), min("b", "a", "c"))
