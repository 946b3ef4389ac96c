# test nested data access, comprehension, lambda and decorator frames (uncaught at the end)
data = {"users": [{"name": "a"}]}
print(data["users"][0]["email"])
