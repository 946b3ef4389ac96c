# test hunt: input() from piped stdin with prompts, EOFError, assert message
name = input("Name: ")
age = int(input("Age: "))
print(f"Hello {name}, next year {age + 1}")
nums = list(map(int, input().split()))
print(sum(nums), max(nums))
while True:
    try:
        line = input()
    except EOFError:
        print("EOF reached")
        break
    print("got", repr(line))
assert age > 100, f"age {age} too small"
