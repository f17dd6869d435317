# logging: '{'-style Formatter validation accepts and rejects formats with CPython's messages
import logging
for f in ["{message!}", "{message:{width}}", "}", "{{}} {message}", "{", "{message!r:>10}", "{message[0]}", "{message.x}", "{message[}", "{message!rr}", "{a}{b!s}", "{message:%}", "{message:zz}", "{} {message}", "{0}", "x {{ {message} }}", "{a!", "{a:{}", "{a!:x}", "{a{b}", "{a}}", "{!r}", "{message:>{w}}"]:
    try:
        logging.Formatter(f, style="{")
        print(repr(f), "ok")
    except ValueError as e:
        print(repr(f), "ValueError", e)
