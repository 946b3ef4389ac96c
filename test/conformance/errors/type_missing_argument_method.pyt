# test missing argument in a method call through a frame
class Printer:
    def show(self, text, times):
        print(text * times)

p = Printer()
p.show("ab", 2)
p.show("x")
