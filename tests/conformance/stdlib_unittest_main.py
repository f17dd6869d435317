import io
import re
import sys
import unittest


class Math(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_bad(self):
        """A docstring: shown with verbosity 2."""
        x = [1, 2]
        self.assertEqual(x[0] * 10, x[1])

    def test_zero(self):
        return 1 / 0

    def test_warns(self):
        import warnings
        with self.assertWarns(DeprecationWarning):
            warnings.warn("old", DeprecationWarning)

    def test_logs(self):
        import logging
        with self.assertLogs('demo', level='INFO') as cm:
            logging.getLogger('demo').info('hello %s', 'there')
        self.assertEqual(cm.output, ['INFO:demo:hello there'])


def mask(s):
    # The time varies; the script's directory depends on the checkout.
    s = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', s)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)


stream = io.StringIO()
prog = unittest.main(argv=['prog'], exit=False, verbosity=2,
                     testRunner=unittest.TextTestRunner(stream=stream, verbosity=2))
print(mask(stream.getvalue()))
print("success:", prog.result.wasSuccessful())

# A suite built by hand, and FunctionTestCase.
def check_upper():
    assert "a".upper() == "A"

suite = unittest.TestSuite()
suite.addTest(Math('test_add'))
suite.addTest(unittest.FunctionTestCase(check_upper))
suite.addTests([Math('test_warns')])
print("countTestCases:", suite.countTestCases())
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(suite)
print(mask(stream.getvalue()))
print([str(t) for t in suite])
print(unittest.TestLoader().getTestCaseNames(Math))

# Select by name from argv.
stream = io.StringIO()
prog = unittest.main(argv=['prog', 'Math.test_add'], exit=False,
                     testRunner=unittest.TextTestRunner(stream=stream))
print(mask(stream.getvalue()))

# exit=True: SystemExit with status 1 on failure, 0 on success.
for names in (['prog', 'Math.test_bad'], ['prog', 'Math.test_add']):
    try:
        unittest.main(argv=names, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print("SystemExit", e.code)
