# test uncaught NameError inside a function: two frames
def compute(values):
    result = 0
    for v in values:
        result += v * factor
    return result

print(compute([1, 2, 3]))
