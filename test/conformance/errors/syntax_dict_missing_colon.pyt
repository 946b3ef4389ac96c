# test a dict display whose second key lacks its colon: CPython's "':' expected after dictionary key"
prices = {
    "apple": 1.25,
    "pear" 0.75,
}
print(prices)
