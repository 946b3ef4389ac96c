# test time.strptime and datetime.strptime (CPython 3.11's _strptime over pyt's re): the directives, %c %x %X, 12-hour clocks, %z and %Z, week numbers, ISO weeks, defaults, and the ValueErrors for bad data and formats
import time
from datetime import datetime, date

print(time.strptime('2024-03-05 14:07:09', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('30 Nov 00', '%d %b %y'), time.strptime('Tuesday 1 january 1969', '%A %d %B %Y')[:3])
print(time.strptime('Wed Mar 17 22:44:55 1999'), time.strptime('03/17/99', '%x')[:3], time.strptime('22:44:55', '%X')[3:6])
print(time.strptime('Wed Mar 17 22:44:55 1999', '%c')[:6], time.strptime('12 AM', '%I %p')[3], time.strptime('12 pm', '%I %p')[3], time.strptime('7 PM', '%I %p')[3])
print(datetime.strptime('2024-02-29T23:59:58.123', '%Y-%m-%dT%H:%M:%S.%f'), datetime.strptime('  5/6/2021', ' %d/%m/%Y'))
print(repr(datetime.strptime('2021-01-02 03:04:05 +0530', '%Y-%m-%d %H:%M:%S %z')), datetime.strptime('10:00 -03:30', '%H:%M %z').tzinfo)
print(datetime.strptime('2021-06-01 Z', '%Y-%m-%d %z').tzinfo, datetime.strptime('2021 UTC', '%Y %Z'), time.strptime('2021 GMT', '%Y %Z')[8])
print(datetime.strptime('2021 10 1', '%Y %U %w'), datetime.strptime('2021 10 1', '%Y %W %w'), datetime.strptime('2021 W10 3', '%G W%V %u'))
print(datetime.strptime('100', '%j'), datetime.strptime('2020 366', '%Y %j').date(), time.strptime('Feb 29', '%b %d')[:3], date(1900, 1, 1))
print(time.strptime('5', '%d'), time.strptime('', ''), time.strptime('%', '%%')[:3])
for args in [('2024-13-01', '%Y-%m-%d'), ('2024-01-01 extra', '%Y-%m-%d'), ('2024', '%Q'), ('2024', '%'), ('x', '%Y'), ('2023-02-29', '%Y-%m-%d'),
             ('2021 10', '%G %V'), ('10 1', '%V %u'), ('+05:3', '%z'), ('+01:0203', '%z')]:
    try:
        print(time.strptime(*args))
    except ValueError as e:
        print('ValueError', e)
for bad in [(5, '%Y'), ('5', 5)]:
    try:
        time.strptime(*bad)
    except TypeError as e:
        print('TypeError', e)
