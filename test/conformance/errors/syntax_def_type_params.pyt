# test 3.12 generic function syntax is "expected '('" in 3.11
def first[T](items: list[T]) -> T:
    return items[0]
