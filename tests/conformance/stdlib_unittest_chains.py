# Errors with chained exceptions (raise from, implicit context), a failing
# assert in a nested helper, an ExceptionGroup, and a failure inside an
# except block: unittest's traceback cleaning and TracebackException.
import io, re, unittest

def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("cannot parse %r" % s) from e

def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        return 1 / 0

class Chains(unittest.TestCase):
    def test_cause(self):
        parse("x")

    def test_context(self):
        lookup({}, "k")

    def test_fail_in_helper(self):
        def check(v):
            self.assertTrue(v, "value was falsy")
        check(0)

    def test_group(self):
        raise ExceptionGroup("many", [ValueError(1), TypeError(2)])

    def test_assert_in_except(self):
        try:
            {}["a"]
        except KeyError:
            self.assertEqual("a", "b")

def mask(s):
    s = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', s)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)

s = io.StringIO()
unittest.main(argv=['p'], exit=False, testRunner=unittest.TextTestRunner(stream=s))
print(mask(s.getvalue()))
