# test "else if" (another language's spelling of elif) is CPython's "expected ':'" at the if
x = 5
if x > 3:
    print("big")
else if x > 1:
    print("medium")
