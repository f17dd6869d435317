import io
import re
import unittest


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        print("setUpClass", cls.__name__)

    @classmethod
    def tearDownClass(cls):
        print("tearDownClass", cls.__name__)

    def setUp(self):
        self.items = [3, 1, 2]

    def tearDown(self):
        self.items = None

    def test_equal(self):
        self.assertEqual(sorted(self.items), [1, 2, 3])

    def test_equal_fail(self):
        self.assertEqual(1, 2)

    def test_true_false(self):
        self.assertTrue(self.items)
        self.assertFalse([])

    def test_in(self):
        self.assertIn(2, self.items)
        self.assertNotIn(5, self.items)

    def test_in_fail(self):
        self.assertIn(5, self.items)

    def test_is_none(self):
        self.assertIsNone(None)
        self.assertIsNotNone(0)

    def test_is_none_fail(self):
        self.assertIsNone(self.items)

    def test_almost(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertNotAlmostEqual(0.1, 0.2)

    def test_almost_fail(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        print("caught:", type(cm.exception).__name__, cm.exception)
        self.assertRaises(ValueError, int, "x")

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, "invalid literal"):
            int("abc")

    def test_raises_fail(self):
        with self.assertRaises(KeyError):
            pass

    def test_count_equal(self):
        self.assertCountEqual([1, 2, 2, 3], [3, 2, 1, 2])

    def test_count_equal_fail(self):
        self.assertCountEqual([1, 2, 2], [2, 1, 1])

    def test_dict_fail(self):
        self.assertDictEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})

    def test_list_fail(self):
        self.assertListEqual([1, 2, 3], [1, 2, 4])

    def test_multiline_fail(self):
        self.assertMultiLineEqual("one\ntwo\nthree\n", "one\nTWO\nthree\n")

    def test_greater(self):
        self.assertGreater(2, 1)
        self.assertLessEqual(1, 1)
        self.assertIsInstance(1, int)
        self.assertRegex("hello", r"h.l")

    def test_error(self):
        {}['missing']

    def test_custom_msg(self):
        self.assertEqual(1, 2, "custom message")


class Skips(unittest.TestCase):
    @unittest.skip("not today")
    def test_skipped(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(False, "needs it")
    def test_skip_unless(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertEqual(1, 0)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass


class Sub(unittest.TestCase):
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertEqual(i % 2, 0)


def run(cls, verbosity=1):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream, verbosity=verbosity)
    suite = unittest.TestLoader().loadTestsFromTestCase(cls)
    result = runner.run(suite)
    # The time varies; the script's directory depends on the checkout.
    text = re.sub(r'File ".*/([^/"]+)"', r'File "\1"', stream.getvalue())
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in X.XXXs", text)
    print(text)
    print("wasSuccessful:", result.wasSuccessful(), "run:", result.testsRun,
          "failures:", len(result.failures), "errors:", len(result.errors),
          "skipped:", len(result.skipped), "xfail:", len(result.expectedFailures),
          "xpass:", len(result.unexpectedSuccesses))


run(Basics)
run(Skips, verbosity=2)
run(Sub)
