# test a raise deep inside nested calls: every frame in the traceback
def parse(line):
    key, value = line.split("=")
    return key, int(value)

def load(lines):
    return [parse(line) for line in lines]

def main():
    config = load(["a=1", "b=2", "c=x"])
    print(config)

main()
