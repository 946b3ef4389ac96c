# test random sequences for several seeds, including 0, large and negative seeds
import random
for seed in [0, 1, 7, 123456789, 2 ** 40, -5]:
    random.seed(seed)
    print(seed, round(random.random(), 12), random.randint(0, 1000), random.randint(-10, 10), random.choice("xyz"))
random.seed(3)
values = [random.random() for _ in range(3)]
print(values)
random.seed(3)
print([random.random() for _ in range(3)] == values)
random.seed(10)
print([random.randint(1, 100) for _ in range(20)])
random.seed(10)
items = ["a", "b", "c", "d", "e"]
random.shuffle(items)
print(items)
print(random.randint(10 ** 20, 10 ** 20 + 10) - 10 ** 20)
