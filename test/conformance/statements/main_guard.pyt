# test __name__ == "__main__" holds in the script being run
def main():
    print("running main")
print(__name__)
if __name__ == "__main__":
    main()
else:
    print("imported")
