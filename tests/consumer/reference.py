"""The reference build of one tree and arch: configured once, then only the objects the
configuration builds whose sources include the Hyper-V headers, with the tree's own headers.
Cached; its record (reference.json) is written last, so a half-done build is redone."""

import os
import shutil
import time

import cache
import enable
import includes
import kbuild
from trees import config_fragment, wanted_options


def tree_header_paths(tree):
    """The tree's own files that the kernel profile replaces (tree-relative)."""
    return [path[len("linux/"):] for path in tree.family]


def headers_used(deps, headers):
    return sorted(h for h in headers if h in deps)


def build(src, outdir, tree, arch, log):
    """Configure, prepare, list, build; returns the record."""
    started = time.monotonic()
    if os.path.exists(outdir):
        shutil.rmtree(outdir)
    os.makedirs(outdir)
    absent = kbuild.configure(src, outdir, arch, config_fragment(arch), wanted_options(arch),
                              log)
    kbuild.make(src, outdir, arch, ["prepare"], log=log)
    listed = kbuild.list_objects(src, outdir, arch)
    headers = [h for h in tree_header_paths(tree) if os.path.exists(os.path.join(src, h))]
    generated = os.path.basename(outdir)
    certain = includes.candidate_objects(src, arch.srcarch, generated, headers, guesses=False)
    more = enable.consumer_symbols(src, certain - set(listed))
    if more:  # the other consumers, found by their includes; then list again
        kbuild.add_options(src, outdir, arch, more, log)
        kbuild.make(src, outdir, arch, ["prepare"], log=log)
        listed = kbuild.list_objects(src, outdir, arch)
    enabled = [o for o in more if kbuild.read_config(outdir).get(o) in ("y", "m")]
    candidates = includes.candidate_objects(src, arch.srcarch, generated, headers)
    wanted = {listed[o][0]: listed[o][1] for o in candidates if o in listed}
    goals, directory_goal = build_objects(src, outdir, arch, wanted, log)
    objects = [o for o in sorted(wanted)
               if headers_used(kbuild.read_cmd(outdir, o)[1], headers)]
    return {
        "objects": objects,
        "goals": goals,
        "directory_goal": directory_goal,  # object -> the goal that builds it, where not itself
        "other_outputs": other_outputs(outdir, headers, set(goals)),
        "headers": headers,
        "absent_options": absent,
        "found_options": enabled,  # enabled because their objects include the headers
        "found_options_unmet": [o for o in more if o not in enabled],
        "listed": len(listed),
        "candidates_unbuilt_by_config": len(candidates - set(listed)),
        "seconds": round(time.monotonic() - started, 1),
    }


def built(outdir, obj):
    return os.path.exists(os.path.join(outdir, obj)) and kbuild.read_cmd(outdir, obj) is not None


def build_objects(src, outdir, arch, wanted, log):
    """Build each wanted object (spelling -> the directory whose Makefile builds it) as its own
    goal. An object whose flags kbuild attaches to a parent target (6.12's 32-bit vDSO gets
    -m32 through vdso32.so.dbg) does not build that way: its directory becomes the goal
    instead. Returns the goals that built everything, and the objects built through their
    directory; raises if the tree's own headers do not build."""
    goals = sorted(wanted)
    kbuild.make(src, outdir, arch, goals, keep_going=True, log=log, check=False)
    failed = [o for o in goals if not built(outdir, o)]
    directory_goal = {o: wanted[o] + "/" for o in failed}
    if failed:
        directories = sorted({wanted[o] + "/" for o in failed})
        kbuild.make(src, outdir, arch, directories, keep_going=True, log=log, check=False)
        goals = [o for o in goals if o not in failed] + directories
    unbuilt = [o for o in failed if not built(outdir, o)]
    if unbuilt:
        raise kbuild.BuildError("the reference build (the tree's own headers) failed for: "
                                + ", ".join(unbuilt[:10]) + "; log " + log)
    return goals, directory_goal


def other_outputs(outdir, headers, goals):
    """Outputs besides the objects that depend on the headers (asm-offsets.s and the like):
    compared too."""
    found = []
    for target in kbuild.all_cmd_targets(outdir):
        if target in goals or target.endswith(".o"):
            continue
        recorded = kbuild.read_cmd(outdir, target)
        if recorded and headers_used(recorded[1], headers) and \
                os.path.isfile(os.path.join(outdir, target)):
            found.append(target)
    return sorted(found)


def prune(folder, prefix, keep):
    """Remove the entries of folder named prefix* other than keep (older keys' builds)."""
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if name.startswith(prefix) and name != keep and os.path.isdir(path):
            shutil.rmtree(path)


def ensure(src, tree, arch, key, log):
    """The reference build directory and its record, built when missing (and then the
    builds of older keys for this arch are removed)."""
    outdir = os.path.join(src, f"out-{arch.name}-{key}")
    record_path = os.path.join(outdir, "hvgen-reference.json")
    with cache.locked(outdir + ".lock"):
        record = cache.read_json(record_path)
        if record is None:
            prune(src, f"out-{arch.name}-", os.path.basename(outdir))
            for kind in ("swapped", "patched"):
                prune(os.path.dirname(src), f"{kind}-{arch.name}-", f"{kind}-{arch.name}-{key}")
            record = build(src, outdir, tree, arch, log)
            cache.write_json(record_path, record)
            record["cold"] = True
    return outdir, record
