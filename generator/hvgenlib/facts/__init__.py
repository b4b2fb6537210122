"""C facts: what a compiler says about definitions, read once and compared once.

    targets.py      the targets C is read for: Linux kernel headers per arch (triple, CONFIG_
                    macros, kernel_shim/), the TLFS's Windows-style blocks (windows_shim/)
    clang.py        the one door to libclang (the only module that imports clang.cindex)
    headers.py      a header tree's facts for a target (kernel headers, generated headers)
    model.py        the facts model and its reference-JSON form
    from_layout.py  the layout engine's computed layout as facts
    compare.py      two fact sets in, typed differences out; callers classify them
    reference.py    the tests' and the report's policy: the reference comparison and its wording

The readers over libclang are headers.py (kernel and generated headers), tlfs/cparse.py (the
TLFS's blocks) and importer/parse.py (spellings for spec YAML); each takes its target and its
layout (clang.record) from here. Importing this package loads no libclang: clang, headers do.
"""
