"""write_file: the one path for a single file the user names (report, mbox, imported spec)."""

import os
import stat
import tempfile
import unittest
from unittest import mock

import helpers  # noqa: F401  (puts the generator on sys.path)
from hvgenlib import write
from hvgenlib.write import write_file


class WriteFileTest(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def test_new_file_and_unchanged_file(self):
        path = self.path("report.md")
        self.assertTrue(write_file(path, "one\n"))
        with open(path, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "one\n")
        os.utime(path, ns=(1, 1))
        self.assertFalse(write_file(path, "one\n"))
        self.assertEqual(os.stat(path).st_mtime_ns, 1, "an unchanged file must not be touched")

    def test_keeps_permissions(self):
        path = self.path("kept")
        write_file(path, "a\n")
        os.chmod(path, 0o600)
        write_file(path, "b\n")
        self.assertEqual(stat.S_IMODE(os.stat(path).st_mode), 0o600)

    def test_symlink_is_refused_and_untouched(self):
        target, link = self.path("target"), self.path("link")
        write_file(target, "old\n")
        os.symlink("target", link)
        with self.assertRaisesRegex(OSError, "a symlink"):
            write_file(link, "new\n")
        self.assertTrue(os.path.islink(link))
        with open(target, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "old\n")

    def test_fifo_is_refused_not_replaced(self):
        fifo = self.path("pipe")
        os.mkfifo(fifo)
        with self.assertRaisesRegex(OSError, "not a regular file"):
            write_file(fifo, "x\n")
        self.assertTrue(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced by a file")

    def test_failed_write_leaves_the_old_file_whole_and_no_temp(self):
        path = self.path("spec.yaml")
        write_file(path, "old: 1\n")
        with mock.patch.object(write.os, "fsync", side_effect=OSError(28, "No space left")):
            with self.assertRaises(OSError):
                write_file(path, "new: 2\n" * 1000)
        with open(path, encoding="utf-8") as handle:
            self.assertEqual(handle.read(), "old: 1\n")
        self.assertEqual(os.listdir(self.dir), ["spec.yaml"])

    def test_folder_is_refused(self):
        with self.assertRaisesRegex(OSError, "a folder"):
            write_file(self.dir, "x")


if __name__ == "__main__":
    unittest.main()
