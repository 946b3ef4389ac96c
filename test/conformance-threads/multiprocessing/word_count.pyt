# test multiprocessing.dummy: a tutorial word count, map then reduce
from multiprocessing.dummy import Pool
from collections import Counter
from functools import reduce

docs = ["the cat sat", "the dog sat down", "a cat and a dog", "the end"]


def count_words(doc):
    return Counter(doc.split())


with Pool(3) as pool:
    partial = pool.map(count_words, docs)
total = reduce(lambda a, b: a + b, partial)
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0])):
    print(word, n)
