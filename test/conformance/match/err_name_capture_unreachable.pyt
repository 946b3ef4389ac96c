# test SyntaxError: a capture pattern before other cases makes them unreachable
print("never runs")
command = "go"
match command:
    case "stop":
        pass
    case other:
        print(other)
    case "go":
        pass
