# test nested dicts and lists as records, the way lessons build them
inventory = {
    "fruit": {"apple": 3, "pear": 0},
    "veg": {"kale": 2},
}
inventory["fruit"]["apple"] += 1
inventory.setdefault("grain", {})["rice"] = 7
for category, items in inventory.items():
    in_stock = [name for name, qty in items.items() if qty > 0]
    print(category, in_stock, sum(items.values()))
groups = {}
for n in range(10):
    groups.setdefault(n % 3, []).append(n)
print(groups)
print(max(inventory["fruit"], key=inventory["fruit"].get))
