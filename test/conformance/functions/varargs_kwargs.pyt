# test *args and **kwargs collection and forwarding
def collect(*args, **kwargs):
    return args, kwargs
print(collect())
print(collect(1, 2, a=3))
def total(first, *rest):
    return first + sum(rest)
print(total(1), total(1, 2, 3))
def wrapper(*args, **kwargs):
    return collect(*args, **kwargs)
print(wrapper("x", key="v"))
def describe(name, **info):
    for k, v in info.items():
        print(f"{name}.{k} = {v}")
describe("box", width=2, height=3)
print(type(collect(1)[0]).__name__, type(collect(a=1)[1]).__name__)
