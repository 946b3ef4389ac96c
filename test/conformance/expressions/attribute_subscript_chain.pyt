# test chains of calls, attributes and subscripts
data = {"users": [{"name": "ann", "tags": ["a", "b"]}, {"name": "bo", "tags": []}]}
print(data["users"][0]["name"].upper())
print(data["users"][-1]["tags"], len(data["users"][0]["tags"]))
print("a,b,c".split(",")[1].upper().lower())
print([1, 2, 3][1:][0])
print({"k": [10, 20]}["k"][-1] + 1)
print(" x ".strip().center(5, "*"))
