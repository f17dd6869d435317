# expect-error
# unittest.main() as scripts use it: the report goes to stderr (its last line
# is compared), the exit status is 1 when a test fails.
import unittest
import unittest.runner


class _FixedClock:
    # The report's "Ran 2 tests in 0.000s" is the same every run (the JIT
    # differential test compares stderr too).
    @staticmethod
    def perf_counter():
        return 0.0


unittest.runner.time = _FixedClock


class T(unittest.TestCase):
    def test_ok(self):
        print("in test_ok")
        self.assertEqual("abc".upper(), "ABC")

    def test_fails(self):
        print("in test_fails")
        self.assertEqual([1, 2], [1, 3])


if __name__ == "__main__":
    unittest.main()
