# test a lesson-style class with class-level registry, __del__-free bookkeeping and sorting by attribute
class Student:
    all_students = []
    def __init__(self, name, grade):
        self.name = name
        self.grade = grade
        Student.all_students.append(self)
    def __repr__(self):
        return f"Student({self.name!r}, {self.grade})"
    @classmethod
    def top(cls, n):
        return sorted(cls.all_students, key=lambda s: s.grade, reverse=True)[:n]
for name, grade in [("ann", 88), ("bo", 95), ("cy", 70), ("di", 95)]:
    Student(name, grade)
print(Student.top(2))
print(len(Student.all_students), [s.name for s in Student.all_students if s.grade > 80])
