"""C constant expressions evaluate with C's types, as the kernel's compilers see them."""

import unittest

import helpers  # noqa: F401
from hvgenlib.expr import CValue, Evaluator, ExprError


class ExprTest(unittest.TestCase):
    def setUp(self):
        names = {"SHIFT": CValue(12)}
        self.evaluator = Evaluator(lambda name: names[name], lambda ctype: 8)

    def value(self, text):
        return self.evaluator.evaluate(text)

    def test_types_follow_c(self):
        self.assertEqual(self.value("0x10"), CValue(16, 4, True))
        self.assertEqual(self.value("0x80010000"), CValue(0x80010000, 4, False))
        self.assertEqual(self.value("BIT(16)"), CValue(1 << 16, 8, False))
        self.assertEqual(self.value("GENMASK_ULL(63, 60)"), CValue(0xF << 60, 8, False))
        self.assertEqual(self.value("~0"), CValue(-1, 4, True))

    def test_expressions(self):
        self.assertEqual(self.value("(~((1ull << SHIFT) - 1))").value, (1 << 64) - 4096)
        self.assertEqual(self.value("(256 / sizeof(unsigned long))").value, 32)
        self.assertEqual(self.value("(u64)1 << 63").value, 1 << 63)
        self.assertEqual(self.value("-7 / 2").value, -3)

    def test_rejects_non_constants(self):
        for text in ("__import__('os')", "SHIFT if 1 else 2", "1 << 64", "x.y", "'a'"):
            with self.subTest(text=text), self.assertRaises((ExprError, KeyError)):
                self.value(text)


if __name__ == "__main__":
    unittest.main()
