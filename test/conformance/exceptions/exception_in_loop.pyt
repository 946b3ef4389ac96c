# test recovering from exceptions inside loops, continue/break from except and finally
results = []
for raw in ["1", "x", "3", "", "5"]:
    try:
        results.append(int(raw))
    except ValueError:
        print("skip", repr(raw))
        continue
    finally:
        print("checked", repr(raw))
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry")
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print("attempt", attempts, e)
