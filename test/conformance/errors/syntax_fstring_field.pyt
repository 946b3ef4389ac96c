# test a syntax error inside an f-string field shows the field as "(expr)" with the caret in it, as CPython 3.11
name = "Ann"
age = 30
print(f"{name} is {age +} years old")
