# test the lesson's error: calling run() without its content argument
def run(content):
    print(content)

run()
