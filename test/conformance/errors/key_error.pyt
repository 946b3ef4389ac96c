# test uncaught KeyError with a string key
ages = {"ann": 31, "bo": 27}
print(ages["ann"])
print(ages["cy"])
