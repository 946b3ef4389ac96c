print(1 // 0)
b=2
