# test an error raised by the iterator of a for loop points at the for line, not the body's last line
class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise ValueError("countdown broken")
        self.n -= 1
        return self.n


try:
    for i in Countdown(2):
        print(i)
        total = i
except ValueError as e:
    print("caught:", e)

stock = {"apples": 3}
for item in stock:
    print(item)
    stock["pears"] = 0
    print("added pears")
