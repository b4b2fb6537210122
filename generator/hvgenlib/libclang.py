"""Debian's libclang for python3-clang-14, located once for every module that parses C."""

import os

import clang.cindex as cindex

CANDIDATES = ("/usr/lib/llvm-14/lib/libclang.so.1", "/usr/lib/llvm-14/lib/libclang-14.so.1",
              "/usr/lib/x86_64-linux-gnu/libclang-14.so.1",
              "/usr/lib/aarch64-linux-gnu/libclang-14.so.1")

for _library in CANDIDATES:
    if os.path.exists(_library):
        if not cindex.Config.loaded:
            cindex.Config.set_library_file(_library)
        break
