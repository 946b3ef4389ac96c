# test a field nested in a nested format spec is a SyntaxError in 3.11
print("never")
print(f"{1:{2:{3}}}")
