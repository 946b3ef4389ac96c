# test raise SystemExit(4) and exit code from an uncaught SystemExit
print("raising SystemExit")
raise SystemExit(4)
