# test statistics: an uncaught StatisticsError's traceback names the module (statistics.StatisticsError); median of strings
import statistics

print(statistics.median(["b", "c", "a"]), statistics.mode(["x", "y", "y"]), statistics.multimode("abcabd"))
try:
    statistics.median(["b", "a"])
except TypeError as e:
    print(e)
print(issubclass(statistics.StatisticsError, ValueError))
scores = []
print(statistics.mean(scores))
