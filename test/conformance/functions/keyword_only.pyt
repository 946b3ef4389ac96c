# test keyword-only parameters after * and *args, and the errors for misuse
def connect(host, *, port=80, secure):
    return f"{host}:{port} secure={secure}"
print(connect("h", secure=True))
print(connect("h", port=443, secure=False))
def log(*messages, sep=" | "):
    return sep.join(messages)
print(log("a", "b"), log("a", "b", sep="/"))
try:
    connect("h", 81, True)
except TypeError as e:
    print(e)
try:
    connect("h")
except TypeError as e:
    print(e)
