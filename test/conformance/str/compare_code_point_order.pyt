# test strings compare by code point: an emoji (beyond U+FFFF) sorts above fullwidth forms and private-use characters
words = ['😀 smile', '\uff01 bang', 'a', '\ue000 private', '𝔘 fraktur', 'z']
print(sorted(words))
print('😀' > '\uff01', '😀' < '\uffff', max('😀', '！'), min(['😀x', '！y']), sorted({'😀': 1, '！': 2}))
print(sorted(['b😀', 'b\uff01', 'b']), '😀' >= '😀', 'a😀' <= 'a\ue000')
