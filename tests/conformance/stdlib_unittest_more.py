# More of unittest: class-level skip, test methods from a mixin, class
# cleanups, maxDiff=None diffs, assertSequenceEqual, assertNoLogs,
# enterContext, longMessage=False, assertRaises(msg=), nested subTests.
import io, re, unittest, contextlib

@unittest.skip("whole class")
class SkippedClass(unittest.TestCase):
    def test_a(self): pass

class Mixin:
    def test_shared(self):
        self.assertEqual(self.value * 2, self.expected)

class One(Mixin, unittest.TestCase):
    value, expected = 1, 2

class Two(Mixin, unittest.TestCase):
    value, expected = 2, 5

class More(unittest.TestCase):
    maxDiff = None
    @classmethod
    def setUpClass(cls):
        cls.addClassCleanup(print, "class cleanup ran")

    def test_long_str(self):
        a = "\n".join("line %d" % i for i in range(20))
        b = a.replace("line 7", "line seven")
        self.assertEqual(a, b)

    def test_seq(self):
        self.assertSequenceEqual([1, 2, 3], (1, 2, 4))

    def test_no_logs(self):
        import logging
        with self.assertNoLogs('x', level='INFO'):
            logging.getLogger('x').debug('not shown %d', 3)

    def test_enter_context(self):
        cm = contextlib.nullcontext(5)
        self.assertEqual(self.enterContext(cm), 5)

    def test_long_message_off(self):
        self.longMessage = False
        self.assertEqual(3, 4, "only this")

    def test_raises_msg(self):
        with self.assertRaises(ValueError, msg="should raise"):
            pass

    def test_dict_contains(self):
        self.assertIsNot(1, 1.0)
        self.assertNotIsInstance(1, str)
        self.assertNotRegex("abc", "x")
        self.assertLess(1, 2)

    def test_nested_subtest_fail(self):
        for a in (1, 2):
            with self.subTest("outer", a=a):
                for b in (1, 2):
                    with self.subTest(b=b):
                        self.assertNotEqual(a, b)

def mask(s):
    s = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', s)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)

s = io.StringIO()
unittest.main(argv=['p', '-v'], exit=False, testRunner=unittest.TextTestRunner(stream=s, verbosity=2))
print(mask(s.getvalue()))
