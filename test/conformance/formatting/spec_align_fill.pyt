# test format specs: alignment, fill, width for str and numbers
for spec in ["", ">8", "<8", "^8", "*^9", "->6", "=+8", "08", "^10"]:
    print(f"[{spec}]", "[" + format(42, spec) + "]", "[" + format("ab", spec.replace("=+", ">").replace("08", "8")) + "]")
print("[{:^10}]".format("mid"), "[{:^10}]".format("odd"), "[{:^11}]".format("odd"))
print("[{:.<12}]".format("dots"), "[{:0>5}]".format(7), "[{:<05}]".format(7))
