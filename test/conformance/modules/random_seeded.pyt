# test random with a seed: random, randint, choice, shuffle, uniform, sample match CPython exactly
import random
random.seed(42)
print(random.random())
print([random.randint(1, 6) for _ in range(10)])
print(random.choice(["rock", "paper", "scissors"]), random.choice("abcdef"), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 10), random.uniform(-1, 1))
print(random.sample(range(100), 5), random.sample(["a", "b", "c", "d"], 2))
print(random.randrange(10), random.randrange(0, 100, 5))
random.seed(42)
print(random.random())
