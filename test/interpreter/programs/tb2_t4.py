class Broken:
    value = 1 + "a"
