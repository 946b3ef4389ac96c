# test a dict display with a key and colon but no value: "expression expected after dictionary key and ':'"
stock = {"apples": 3, "pears": }
print(stock)
