# test the "Maybe you meant ==" carets end with the operand after "=", not at the end of the line
values = [3, 1]
if total = sum(values); total > 2:
    print(total)
