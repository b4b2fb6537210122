"""Seeded mutation test: mangle the real spec and run `hvgen generate` in-process.

Every run must exit 0 or 2 — never raise, never print a traceback — and when it exits 2 the
output folder must be byte-identical to before. Bounded by HVGEN_MUTATIONS (default 150) and
HVGEN_MUTATION_SECONDS (default 60), whichever comes first; HVGEN_SEED picks the sequence.
Long run:  HVGEN_MUTATIONS=100000 HVGEN_MUTATION_SECONDS=480 python3 tests/robustness/test_mutation.py
"""

import contextlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import time
import traceback
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "generator"))

from hvgenlib import cli  # noqa: E402

from common import pick_spec, snapshot  # noqa: E402

SPEC = os.path.join(ROOT, "spec")
NUMBER = re.compile(r"-?\b(0x[0-9a-fA-F]+|\d+)\b")
NUMBERS = ["0", "1", "-1", "7", "8", "63", "64", "65", "255", "256", "4096", "0x0", "0xffffffff",
           "0xffffffffffffffff", "0x10000000000000000", "18446744073709551616", "-129",
           "99999999999999999999999", "1_0", "010", "0o7", "1.5", "1e3", ".inf", "0b101"]
PROGRESS_EVERY = 1000
VALUE = re.compile(r"(?m)^(\s*-?\s*value:\s*)(.*)$")
NAME = re.compile(r"(?m)^(\s*-?\s*(?:define|struct|union|enum|typedef|name):\s*)(\S+)")
# Expression pieces: C's operators and spellings it does not have, so the evaluator meets both.
OPERATORS = ["+", "-", "*", "/", "%", "<<", ">>", "|", "&", "^", "**", "//", "&&", "||", "?",
             ":", "==", "<"]
ATOMS = ["1", "0x10", "(u64)1", "BIT(3)", "GENMASK(7, 0)", "sizeof(u64)", "HV_HYP_PAGE_SIZE",
         "PAGE_SIZE", "~0", "-1", "64", "1ull", "__atom0", "\u03bc0", "UNKNOWN_NAME", "'a'", "1.5"]
NAMES = ["BIT", "GENMASK", "PAGE_SIZE", "PAGE_SHIFT", "__atom0", "int", "struct", "x y",
         "'HV_A\\n'", '"HV_B\\n"', "HV_" + "A" * 300, "_", "9lives", "hv_x", "reserved"]
CHARS = list(":-[]{},#&*!|>'\"%@` \t\n?") + ["x", "0", "9", "\x00", "\u00e9", "\ufeff", "\\"]


def _files(folder):
    return sorted(os.path.join(root, f) for root, _, files in os.walk(folder)
                  for f in files if f.endswith(".yaml"))


def mutate(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    kind = rng.choice(["delete", "duplicate", "swap", "flip", "insert", "number", "number",
                       "truncate", "indent", "move", "expression", "expression", "name"])
    if kind in ("expression", "name"):
        return _replace_token(text, rng, kind)
    i = rng.randrange(len(lines))
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "swap":
        j = rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    elif kind == "move":
        lines.insert(rng.randrange(len(lines)), lines.pop(i))
    elif kind == "indent":
        lines[i] = (" " * rng.choice([1, 2, 4]) + lines[i]) if rng.random() < 0.5 \
            else lines[i][rng.choice([1, 2]):]
    elif kind in ("flip", "insert"):
        if not text:
            return rng.choice(CHARS)
        pos = rng.randrange(len(text))
        char = rng.choice(CHARS) if rng.random() < 0.7 else chr(rng.randrange(32, 127))
        return text[:pos] + char + text[pos + (kind == "flip"):]
    elif kind == "number":
        found = list(NUMBER.finditer(text))
        if found:
            match = rng.choice(found)
            return text[:match.start()] + rng.choice(NUMBERS) + text[match.end():]
    elif kind == "truncate":
        return text[:rng.randrange(len(text) + 1)]
    return "\n".join(lines)


def _expression(rng: random.Random, depth: int = 0) -> str:
    """A random expression of C's operators and some that are not C's, nested a little or,
    rarely, very deeply."""
    if depth > rng.choice([2, 3, 4, 80]) or rng.random() < 0.3:
        return rng.choice(ATOMS)
    left, right = _expression(rng, depth + 1), _expression(rng, depth + 1)
    return f"({left} {rng.choice(OPERATORS)} {right})"


def _replace_token(text: str, rng: random.Random, kind: str) -> str:
    """Put a random expression in place of one `value:`, or a hostile name in place of one
    definition or member name."""
    found = list((VALUE if kind == "expression" else NAME).finditer(text))
    if not found:
        return text
    match = rng.choice(found)
    if kind == "expression":
        replacement = _expression(rng)
        replacement = replacement if rng.random() < 0.5 else f'"{replacement}"'
    else:
        replacement = rng.choice(NAMES + [m.group(2) for m in found[:20]])  # or a duplicate
    return text[:match.start(2)] + replacement + text[match.end(2):]


def run_cli(argv):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main(argv)
        except SystemExit as exc:  # argparse; not expected here
            code = exc.code
        except BaseException:  # noqa: B902 - any escape is the bug this test hunts
            traceback.print_exc()
            code = "exception"
    return code, out.getvalue(), err.getvalue()


def run_campaign(count, seconds, seed, log=None):
    """Returns a dict of counts and a list of failures (seed, mutation number, reason)."""
    rng = random.Random(seed)
    stats = {"mutations": 0, "exit0": 0, "exit2": 0, "failures": []}
    with tempfile.TemporaryDirectory(prefix="hvgen-mut-") as tmp:
        os.environ["HVGEN_CACHE_DIR"] = os.path.join(tmp, "cache")  # keep ~/.cache clean
        pristine = pick_spec(tmp)
        baseline_out = os.path.join(tmp, "baseline-out")
        code, _, err = run_cli(["generate", "--spec", pristine, "--out", baseline_out])
        assert code == 0, err
        files = [os.path.relpath(f, pristine) for f in _files(pristine)]
        texts = {}
        for name in files:
            with open(os.path.join(pristine, name), encoding="utf-8") as handle:
                texts[name] = handle.read()
        spec = os.path.join(tmp, "spec")
        out = os.path.join(tmp, "out")
        shutil.copytree(pristine, spec)
        shutil.copytree(baseline_out, out)
        before = snapshot(out)
        deadline = time.monotonic() + seconds
        while stats["mutations"] < count and time.monotonic() < deadline:
            number = stats["mutations"]
            stats["mutations"] += 1
            name = rng.choice(files)
            text = texts[name]
            steps = rng.choice([1, 1, 1, 2, 3])
            for _ in range(steps):
                text = mutate(text, rng)
            path = os.path.join(spec, name)
            with open(path, "w", encoding="utf-8", errors="surrogatepass") as handle:
                handle.write(text)
            code, stdout, stderr = run_cli(["generate", "--spec", spec, "--out", out])
            reason = None
            if "Traceback" in stdout + stderr or code not in (0, 2):
                reason = f"exit {code!r}\n{stderr[-3000:]}"
            elif code == 2:
                stats["exit2"] += 1
                if not re.search(r":\d+:\d+: error: \[[a-z0-9-]+\] |: error: \[", stderr):
                    reason = f"exit 2 without a located diagnostic:\n{stderr[-2000:]}"
                elif snapshot(out) != before:
                    reason = "exit 2 but the output folder changed"
            else:
                stats["exit0"] += 1
            if log and stats["mutations"] % PROGRESS_EVERY == 0:  # long runs show they live
                log(f"progress: {stats['mutations']} mutations, {len(stats['failures'])} failures")
            if reason:
                stats["failures"].append((seed, number, name, text, reason))
                if log:
                    last = [line for line in reason.splitlines() if line.strip()][-1]
                    log(f"FAIL seed={seed} #{number} {name}: {reason.splitlines()[0]}: {last}")
            # restore
            with open(path, "w", encoding="utf-8") as handle:
                handle.write(texts[name])
            if code != 2 or reason:
                shutil.rmtree(out)
                shutil.copytree(baseline_out, out)
    return stats


class Mutation(unittest.TestCase):
    def test_mutations(self):
        count = int(os.environ.get("HVGEN_MUTATIONS", "150"))
        seconds = float(os.environ.get("HVGEN_MUTATION_SECONDS", "60"))
        seed = int(os.environ.get("HVGEN_SEED", "20261125"))
        stats = run_campaign(count, seconds, seed, log=lambda m: print(m, file=sys.stderr))
        failures = stats["failures"]
        print(f"\nmutations={stats['mutations']} exit0={stats['exit0']} "
              f"exit2={stats['exit2']} failures={len(failures)} (seed {seed})", file=sys.stderr)
        if failures:
            seed_, number, name, text, reason = failures[0]
            dump = os.path.join(tempfile.gettempdir(), f"hvgen-mutation-{seed_}-{number}.yaml")
            with open(dump, "w", encoding="utf-8", errors="surrogatepass") as handle:
                handle.write(text)
            self.fail(f"{len(failures)} failure(s); first: #{number} in {name} "
                      f"(mutated file saved as {dump}):\n{reason}")


if __name__ == "__main__":
    unittest.main()
