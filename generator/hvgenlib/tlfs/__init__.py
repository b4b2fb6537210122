"""`hvgen tlfs`: read Microsoft's TLFS Markdown and audit the spec against it.

markdown.py reads pages (headings, anchors, code blocks, call codes, tables), cparse.py lays out
their C blocks with libclang, names.py maps names, audit.py matches and judges, since.py diffs two
snapshots, apply.py edits spec files, report.py renders text, JSON and TLFS-AUDIT.md.
"""
