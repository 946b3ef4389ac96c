# test varying indentation widths and deep nesting
def outer():
  def inner():
        if True:
         return "deep"
  return inner()
print(outer())
for i in range(3):
        if i % 2 == 0:
                print("even", i)
        else:
            print("odd", i)
