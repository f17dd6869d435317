import io
import re
import unittest

log = []

def setUpModule():
    log.append("setUpModule")

def tearDownModule():
    log.append("tearDownModule")


class Cleanups(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log.append, "cleanup")

    def test_a(self):
        log.append("test_a")

    def test_setup_error(self):
        raise RuntimeError("in test")

    def test_add(self):
        self.assertEqual(2 + 2, 4)


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp failed")

    def test_never(self):
        log.append("never")


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup")

    def test_x(self):
        pass


class Misc(unittest.TestCase):
    def test_raises_wrong_type(self):
        with self.assertRaises(ValueError):
            raise TypeError("not a value error")

    def test_set_equal(self):
        self.assertSetEqual({1, 2}, {2, 3})

    def test_tuple_equal(self):
        self.assertTupleEqual((1, 2), (1, 2, 3))

    def test_seq_equal_long(self):
        self.assertEqual(list(range(30)), list(range(29)) + [99])

    def test_str_equal(self):
        self.assertEqual("hello world", "hello there")

    def test_is(self):
        self.assertIs([], [])

    def test_not_equal(self):
        self.assertNotEqual(1, 1)

    def test_greater_fail(self):
        self.assertGreater(1, 2)

    def test_isinstance_fail(self):
        self.assertIsInstance("s", int)

    def test_fail(self):
        self.fail("explicit")

    def test_assert_stmt(self):
        assert 1 == 2, "plain assert"


def mask(s):
    s = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', s)
    return re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", s)

for argv in (['prog', '-v'], ['prog', '-k', 'add'], ['prog', '-q', 'Misc'], ['prog', '-f', 'Misc']):
    stream = io.StringIO()
    unittest.main(argv=argv, exit=False, testRunner=unittest.TextTestRunner(stream=stream, verbosity=1))
    print(argv)
    print(mask(stream.getvalue()))
print(log)
