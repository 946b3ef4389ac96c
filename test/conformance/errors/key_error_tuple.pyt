# test uncaught KeyError with a tuple key and an int key
grid = {(0, 0): "start"}
print(grid[(1, 2)])
