# test an uncaught error with a finally clause that still runs
def work():
    try:
        print("working")
        return [][1]
    finally:
        print("cleanup")

work()
