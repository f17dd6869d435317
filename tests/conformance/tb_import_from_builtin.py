# expect-error
# `from math import no_such`: math is a built-in module in the reference build
# (/usr/bin/python3.11), which names no file: "(unknown location)".
import sys
try:
    from sys import no_such
except ImportError as e:
    print(e)
from math import no_such
