# test SyntaxError: a keyword used as an assignment target
class = "math"
