# test PEP 479: a StopIteration leaving a generator's body becomes "RuntimeError: generator raised StopIteration"
def firsts(iterables):
    for it in iterables:
        yield next(iter(it))

print(list(firsts([[1], [2, 3]])))
print(list(firsts([[1], []])))
