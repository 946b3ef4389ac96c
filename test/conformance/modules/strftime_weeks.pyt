# test time.strftime's week directives %U %W %V %G %g around the turn of the year
import time
for y in (2004, 2009, 2015, 2020, 2021, 2026):
    for m, d in ((1, 1), (1, 2), (1, 4), (12, 28), (12, 31)):
        t = time.mktime((y, m, d, 12, 0, 0, 0, 0, -1))
        print(time.strftime("%Y-%m-%d %a %U %W %V %G %g", time.localtime(t)))
