# test TypeError for + between str and int
count = 3
label = "items: " + count
print(label)
