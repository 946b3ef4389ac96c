# test a str result far too long to allocate raises MemoryError (padding, format, % and join)
for f in [lambda: 'x'.ljust(2**40), lambda: 'x'.center(2**41), lambda: format('x', '>1099511627776'),
          lambda: '%1099511627776d' % 1, lambda: 'x'.zfill(2**40), lambda: f'{1:01099511627776}']:
    try:
        print(len(f()))
    except MemoryError as e:
        print(type(e).__name__, repr(e))
