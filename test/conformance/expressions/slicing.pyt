# test slicing with steps, negative indexes, out-of-range bounds
s = "abcdefgh"
lst = list(range(10))
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[6:1:-2])
print(s[-1], s[-8], s[100:], s[-100:2], s[5:2])
print(lst[::3], lst[-2::-3], lst[8:2:-1])
print(lst[3:-3], lst[-3:3], lst[::-1][:3])
t = (1, 2, 3, 4)
print(t[1:3], t[::-1], t[:0])
print(range(10)[2:8:2], range(10)[::-1])
lst[2:5] = ["x"]
print(lst)
lst[:0] = [-1, -2]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
print("hello"[1:-1:1], "hello"[None:None:-1])
