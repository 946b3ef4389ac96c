# test instantiating an abstract class: the traceback shows only the program's line
from abc import ABC, abstractmethod
class Animal(ABC):
    @abstractmethod
    def speak(self):
        pass
a = Animal()
