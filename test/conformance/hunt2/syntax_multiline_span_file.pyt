# test a SyntaxError spanning lines is underlined to the end of its first line in a file (its newline counted)
def f():
    x = 1
    (x,
  y) += 1
