# test an error raised inside a lambda passed to sorted
people = [("ann", 3), ("bo", None), ("cy", 1)]
print(sorted(people, key=lambda p: p[1] * 2))
