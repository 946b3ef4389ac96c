try:
    x = 1 / 0
finally:
    print("cleanup")
    undefined_fn()
