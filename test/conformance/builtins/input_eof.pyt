# test input() at end of input raises EOFError
try:
    line = input("prompt> ")
    print("got", line)
except EOFError as e:
    print("EOFError", repr(e))
