# test a function header with an arrow but no return annotation: "expected ':'" at the arrow
def total(items) -> :
    return sum(items)
