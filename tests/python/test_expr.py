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


class HostileExprTest(unittest.TestCase):
    """What C's grammar does not allow, and names that once collided with the rewrite's own."""

    def evaluate(self, text, names=None):
        names = names or {}
        return Evaluator(lambda name: names[name], lambda ctype: 8).evaluate(text)

    def test_power_is_not_c(self):
        for text in ("2 ** 3", "2**3", "2 * * 3", "(u64)2 ** 3"):
            with self.assertRaisesRegex(ExprError, r"'\*\*' is not a C operator"):
                self.evaluate(text)

    def test_a_constant_named_like_an_internal_atom_keeps_its_own_value(self):
        names = {"__atom0": CValue(5), "__atom1": CValue(7)}
        self.assertEqual(self.evaluate("1 + __atom0", names).value, 6)
        self.assertEqual(self.evaluate("(u64)__atom1 << 2", names).value, 28)

    def test_non_ascii_text_is_refused(self):
        with self.assertRaisesRegex(ExprError, "ASCII"):
            self.evaluate("1 + \u03bc0")

    def test_depth_and_length_are_bounded(self):
        with self.assertRaisesRegex(ExprError, "nests deeper"):
            self.evaluate("+".join(["1"] * 600))
        with self.assertRaisesRegex(ExprError, "characters"):
            self.evaluate("(" + "1 |" * 1400 + " 1)")
        self.assertEqual(self.evaluate("+".join(["1"] * 40)).value, 40)


class BoundsTest(unittest.TestCase):
    """Integers and sizes as C has them: spelled as C spells them, no type over 2^61 - 1 bytes."""

    def evaluate(self, text):
        return Evaluator(lambda name: {}[name], lambda ctype: 8).evaluate(text)

    def test_a_yaml_only_spelling_is_refused(self):
        from hvgenlib.load import SpelledInt

        for text, value in (("1_0", 10), ("0x1_0000_0000_0000_0000", 1 << 64), ("0b1000", 8),
                            ("1:30", 90)):
            with self.subTest(text), self.assertRaisesRegex(ExprError, "YAML's spelling"):
                self.evaluate(SpelledInt(value, text))
        for text, value in (("0x10", 16), ("-8", -8), ("010", 8), ("0", 0)):
            self.assertEqual(self.evaluate(SpelledInt(value, text)).value, value)

    def test_sizes_are_bounded(self):
        from hvgenlib.expr import MAX_SIZE, check_size

        self.assertEqual(MAX_SIZE, (1 << 61) - 1)
        self.assertEqual(check_size(MAX_SIZE, "x"), MAX_SIZE)
        with self.assertRaisesRegex(ExprError, "x would be 2305843009213693952 bytes"):
            check_size(MAX_SIZE + 1, "x")


class CTokensTest(unittest.TestCase):
    """Text Python and C read differently is refused, not evaluated Python's way."""

    def test_decrement_and_increment(self):
        evaluator = Evaluator(lambda name: {}[name], lambda ctype: 8)
        for text in ("(512)-- 2", "1--1", "1 ++2"):
            with self.subTest(text), self.assertRaisesRegex(ExprError, "decrement"):
                evaluator.evaluate(text)
        self.assertEqual(evaluator.evaluate("1 - -1").value, 2)
        self.assertEqual(evaluator.evaluate("1 - (-1)").value, 2)
