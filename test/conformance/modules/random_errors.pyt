# test random errors: empty choice, sample larger than population, bad randint range
import random
random.seed(1)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
print(random.randint(3, 3))
