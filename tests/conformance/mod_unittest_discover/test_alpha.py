import unittest
class A(unittest.TestCase):
    def test_one(self):
        print("printed in test_one")
        self.assertEqual(1, 1)
    def test_two(self):
        print("printed in test_two")
        self.assertEqual(1, 2)
