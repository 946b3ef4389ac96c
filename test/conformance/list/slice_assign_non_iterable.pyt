# test assigning a non-iterable to a list slice: plain and extended slices word it differently
l = [1, 2, 3, 4]
for s in [slice(1, 2), slice(None, None, 1), slice(None, None, 2), slice(None, None, -1)]:
    try:
        l[s] = 5
    except TypeError as e:
        print(s, e)
l[1:2] = "ab"
print(l)
