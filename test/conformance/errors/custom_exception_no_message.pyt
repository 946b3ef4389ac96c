# test an uncaught custom exception class raised without arguments
class Stop(Exception):
    pass

print("about to stop")
raise Stop
