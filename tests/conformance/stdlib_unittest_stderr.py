# unittest.main() writing to the default stream (sys.stderr when the runner
# is made), captured here to compare the whole report with the time masked.
import io
import re
import sys
import unittest


class Stack(unittest.TestCase):
    def setUp(self):
        self.stack = []

    def test_push_pop(self):
        self.stack.append(1)
        self.assertEqual(self.stack.pop(), 1)

    def test_pop_empty(self):
        with self.assertRaises(IndexError):
            self.stack.pop()

    def test_wrong(self):
        self.stack.append(2)
        self.assertEqual(self.stack, [1], msg="stack contents")

    def test_nested_error(self):
        def helper(n):
            return 10 // n
        self.assertEqual(helper(0), 1)


saved = sys.stderr
sys.stderr = io.StringIO()
try:
    prog = unittest.main(exit=False)
    text = sys.stderr.getvalue()
finally:
    sys.stderr = saved
# The time varies; the script's directory depends on the checkout.
text = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', text)
print(re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text))
print("failures:", [t.id() for t, _ in prog.result.failures])
print("errors:", [t.id() for t, _ in prog.result.errors])
