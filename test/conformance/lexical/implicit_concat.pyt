# test adjacent string literals are joined
s = "abc" 'def' """ghi"""
print(s)
msg = ("first part, "
       "second part, "
       f"third {1 + 2}")
print(msg)
print("a" "b" == "ab")
x = 5
print("x=" f"{x}" "!")
