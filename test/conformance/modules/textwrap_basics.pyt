# test textwrap (CPython 3.11's, over pyt's re): wrap, fill, shorten, dedent, indent and TextWrapper's options (hyphens, long words, tabs, sentence endings, max_lines, placeholders)
import textwrap

text = ("The quick brown fox jumps over the lazy dog -- twice!  Hello there, you goof-ball, use the -b option. "
        "Supercalifragilisticexpialidocious words are long. Tabs\there and  double  spaces.")
print(textwrap.wrap(text, 30))
print(textwrap.fill(text, 25))
print(textwrap.fill(text, 20, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(text, 12, break_long_words=False))
print(textwrap.wrap(text, 12, break_on_hyphens=False))
print(textwrap.wrap('abcdefghijklmnop', 5), textwrap.wrap('', 5), textwrap.wrap('   ', 5), textwrap.wrap('a\tb', 8, expand_tabs=False))
print(textwrap.wrap(text, 40, max_lines=3), textwrap.wrap(text, 40, max_lines=2, placeholder=' ~'))
print(textwrap.fill('One. Two.  Three! four? five', 80, fix_sentence_endings=True))
print(textwrap.wrap('x  y', 10, drop_whitespace=False), textwrap.wrap('a\tb\tc', 10, tabsize=4), textwrap.wrap('a\nb\rc', 10, replace_whitespace=True))
print(textwrap.shorten(text, 40), textwrap.shorten('Hello  world!', width=12), textwrap.shorten('Hello world!', width=11, placeholder='...'))
print(repr(textwrap.dedent('''
    def f():
        return 1
    ''')))
print(repr(textwrap.dedent('  a\n\tb\n')), repr(textwrap.dedent('  a\n  \n   b')), repr(textwrap.dedent('x\n  y')), repr(textwrap.dedent('   \n  a\n  b')))
print(repr(textwrap.indent('a\n\nb\n  \nc', '> ')), repr(textwrap.indent('a\nb', '+', lambda line: True)), repr(textwrap.indent('a\r\nb', '-')))
w = textwrap.TextWrapper(width=15, initial_indent='- ', subsequent_indent='  ')
print(w.wrap('unicode wörds ünd ßtrange ones split fine'), w.fill('short'))
try:
    textwrap.wrap('abc', 0)
except ValueError as e:
    print('ValueError', e)
try:
    textwrap.wrap('abc def', 4, max_lines=1, placeholder='[...]')
except ValueError as e:
    print('ValueError', e)
print(textwrap.wrap('Hello there -- you goof-ball, use the -b option!', 1))
