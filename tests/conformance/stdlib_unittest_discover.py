# TestLoader.discover: imports the test*.py files of a directory (which it
# puts on sys.path) and runs them; buffer=True captures what tests print and
# shows it with a failure.
import io
import os
import re
import sys
import unittest

here = os.path.dirname(os.path.abspath(__file__))
start = os.path.join(here, "mod_unittest_discover")
suite = unittest.TestLoader().discover(start)
print("tests found:", suite.countTestCases())
print("on sys.path:", start in sys.path)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2, buffer=True).run(suite)
# The time varies; the checkout's directory too.
text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", stream.getvalue())
print(text.replace(here, "HERE"))
print("modules:", sorted(m for m in sys.modules if m.startswith("test_")))
import helper_not_a_test
print(helper_not_a_test.VALUE)
