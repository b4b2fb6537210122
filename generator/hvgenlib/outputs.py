"""Every rendered output of a spec, shared by `generate` and `check`: from the cache when the
inputs are byte-for-byte those of an earlier run (fingerprint.py makes the key), else rendered."""

from typing import Dict, List, Optional


def rendered_outputs(spec_dir: str, profiles: Optional[List[str]]) -> Dict[str, str]:
    from . import cache
    from .fingerprint import generation_key

    if profiles:
        _check_profile_names(profiles)

    key = generation_key(spec_dir, profiles)
    outputs = cache.load_outputs(key) if key else None
    if outputs is None:
        from .pipeline import generate

        _, outputs = generate(spec_dir, profiles)
        if key:
            cache.store_outputs(key, outputs)
    return outputs


def _check_profile_names(names: List[str]) -> None:
    """An unknown --profile is an error: rendering nothing would make `check` pass on anything."""
    from .diagnostics import UsageError
    from .profiles import load_profiles

    known = load_profiles()
    unknown = [name for name in names if name not in known]
    if unknown:
        raise UsageError(f"--profile {', '.join(unknown)}: no such profile in "
                         f"generator/profiles.yaml (known: {', '.join(sorted(known))})")
