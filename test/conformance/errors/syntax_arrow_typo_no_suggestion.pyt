# test "=>" for ">=" is plain invalid syntax, without the "==" suggestion
x = 3
if x => 2:
    print("big")
