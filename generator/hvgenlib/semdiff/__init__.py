"""Semantic diff of two spec models: what a spec change did to the ABI, per view and arch.

Both sides go through the whole pipeline (`analyse`), so the diff compares computed facts —
record sizes, member offsets and bit positions, constant and enum values — never YAML text: a
constant respelled from `16` to `0x10` is no change, a bitfield that moved is one. Records and
enum values are compared by the facts comparer (facts/compare.py); this package classifies.

Each change is classified:
- `compatible`: a new definition, constant or enum value; a named member in formerly reserved
  bits; an `hdk` definition or member promoted to `documented`; reserved space reshaped;
- `break` (ABI break): a documented definition's size, alignment, offsets, bit positions or
  values changed, or a documented definition, member or value removed or demoted to `hdk`;
- `unstable`: any change to HDK-only definitions, members or values (reported, flagged as an
  unstable-ABI change, never failing the gate).

A change seen in several views or arches is reported once, with the views and arches it
concerns; when two views disagree on the class the more severe one wins.

- revisions.py: a revision or folder argument read into a spec folder (BadInput, materialise,
  Sides: both sides in a scratch folder removed on exit);
- side_facts.py: each side's facts per view and arch (DefFacts, side_facts);
- classify.py: the changes and their classes (Change, diff_results, merge, verdict, counts);
- render.py: the report, as text or JSON (render_text, render_json).
"""
