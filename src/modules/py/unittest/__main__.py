"""Main entry point"""
# CPython 3.11's Lib/unittest/__main__.py; `tauraro -m unittest` runs it with
# sys.argv[0] already "tauraro -m unittest", and imports main absolutely (the
# -m module runs as a plain __main__, without __package__).

import sys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # We change sys.argv[0] to make help message more useful
    # use executable without path, unquoted
    # (it's just a hint anyway)
    # (if you have spaces in your executable you get what you deserve!)
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from unittest.main import main

main(module=None)
