"""C facts: what a compiler says about definitions, read once and compared once.

    targets.py   the targets C is read for (Linux kernel headers per arch; the TLFS's blocks)
    clang.py     the one door to libclang (the only module that imports clang.cindex)
    headers.py   a header tree's facts for a target (kernel headers, generated headers)
    model.py     the facts model and its reference-JSON form
    from_layout.py  the layout engine's computed layout as facts
    compare.py   two fact sets in, typed differences out; callers classify them
    kernel_shim/ the stand-in kernel headers every reader and compiled test uses

Importing this package loads no libclang: only `clang` and `headers` do.
"""
