# test guards: evaluated after binding, in order, with side effects and walrus
calls = []
def check(name, result):
    calls.append(name)
    return result

def g(v):
    match v:
        case int(n) if check("negative", n < 0):
            return "negative"
        case int(n) if check("even", n % 2 == 0):
            return "even"
        case int(n) if (half := n // 2) > 3:
            return f"odd, half is {half}"
        case int():
            return "small odd"
        case [x, y] if x == y:
            return "equal pair"
        case _:
            return "other"

for v in [-3, 4, 9, 3, [1, 1], [1, 2]]:
    calls.clear()
    print(v, "->", g(v), calls)

match 10:
    case x if x > 100:
        pass
    case y if y > 5:
        print("x is bound by the failed guard case too:", x, y)
