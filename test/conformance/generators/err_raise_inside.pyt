# test an exception raised inside a generator's body: the traceback goes through the consumer and the generator's frame
def numbers(items):
    for x in items:
        yield 10 // x

def consume():
    total = 0
    for n in numbers([5, 2, 0, 1]):
        total += n
        print("got", n)
    return total

consume()
