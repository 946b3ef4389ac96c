# test format-spec errors name the value's own type: bool, and subclasses of int, float and str
class Level(int): pass
class Temp(float): pass
class Name(str): pass
for v, spec in [(Level(1), 's'), (Temp(1.0), 'd'), (Name('a'), 'd'), (True, 's'), (Level(1), '=s'), (Name('a'), '=5'), (Temp(2.0), ',s'), (True, 'z')]:
    try:
        print(format(v, spec))
    except ValueError as e:
        print(e)
