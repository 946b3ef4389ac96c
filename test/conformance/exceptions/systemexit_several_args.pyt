# test SystemExit with several arguments: its code is their tuple, printed to stderr, exit status 1
print("before")
raise SystemExit("a", 2)
