# test an explicit raise three calls deep
class ValidationError(Exception):
    pass

def check(age):
    if age < 0:
        raise ValidationError(f"age must be positive, got {age}")
    return age

def register(name, age):
    check(age)
    print("registered", name)

def main():
    register("ann", 30)
    register("bo", -1)

if __name__ == "__main__":
    main()
