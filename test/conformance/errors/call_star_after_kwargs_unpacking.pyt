# test *args after **kwargs is located at its star
print("never")
print(**{"sep": "-"}, *["a", "b"])
