# test SyntaxError: a match statement without its colon
print("never runs")
match command
    case "go":
        pass
