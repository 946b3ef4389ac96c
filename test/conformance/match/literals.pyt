# test literal patterns: ints, negative numbers, floats, strings, None/True/False (== versus is)
def lit(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case False:
            return "False"
        case 0:
            return "zero"
        case -1:
            return "minus one"
        case 1:
            return "one"
        case 2.5:
            return "two and a half"
        case -0.5:
            return "minus a half"
        case 12345678901234567890123:
            return "big"
        case "":
            return "empty string"
        case "abc" "def":
            return "concatenated"
        case 'quote"s':
            return "quotes"
        case _:
            return "no literal"

for v in [None, True, False, 0, 0.0, -1, -1.0, 1, 1.0, 2.5, -0.5, 12345678901234567890123, "", "abcdef", 'quote"s',
          "0", [], 3]:
    print(repr(v), "->", lit(v))

# True == 1 and 1.0 == 1, so `case 1` takes True only when no `case True` comes first
match True:
    case 1:
        print("True matched case 1")
match 1:
    case True:
        print("wrong")
    case _:
        print("1 is not True")
match 0:
    case False:
        print("wrong")
    case 0.0:
        print("0 matched 0.0")

class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ with", other)
        return other == 7

match Eq():
    case 7:
        print("equal to 7 by __eq__")
