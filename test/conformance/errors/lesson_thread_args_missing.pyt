# test the lesson's Thread-less variant of the missing argument: calling the target directly
from threading import Thread

def run(content):
    print(content)

target = run
target()
