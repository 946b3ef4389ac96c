# test input() reading lines from stdin, with and without prompts
name = input()
age = int(input("Age? "))
print(f"{name} is {age}")
rest = input()
print(repr(rest))
try:
    input()
except EOFError:
    print("no more input")
