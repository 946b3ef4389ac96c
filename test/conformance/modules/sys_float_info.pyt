# test sys.float_info: its fields, its repr, indexing
import sys

fi = sys.float_info
print(fi)
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.max_exp, fi.radix, fi.rounds)
print(fi[0] == fi.max, len(fi), 1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(type(fi).__name__, fi.max * 2)
