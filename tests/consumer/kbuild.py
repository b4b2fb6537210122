"""Running kbuild on a tree: configure, prepare, list the configuration's objects, build a
given set of objects, read back what the compiler recorded (.cmd files).

Every build directory is a direct subdirectory of its source tree, so kbuild spells the source
tree "..": two trees built this way give textually identical command lines, which the suite
compares.
"""

import concurrent.futures
import os
import re
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
LISTER = os.path.join(HERE, "list-objects.mk")
LISTER_TOP = os.path.join(HERE, "list-objects-top.mk")


class BuildError(Exception):
    pass


def jobs():
    return str(len(os.sched_getaffinity(0)))


def make(tree, outdir, arch, goals, keep_going=False, log=None, check=True):
    """make -C tree O=outdir with the arch's variables. An empty goal list would build the
    whole kernel, so it is refused."""
    if not goals:
        raise BuildError("refusing to run make without goals (it would build the whole kernel)")
    cmd = ["make", "-s", "-C", tree, "O=" + os.path.basename(outdir), "-j" + jobs(),
           *arch.make_args, *(["-k"] if keep_going else []), *goals]
    run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                         errors="replace")
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write("$ " + " ".join(cmd) + "\n" + run.stdout)
    if check and run.returncode != 0:
        raise BuildError(f"{' '.join(cmd)} failed ({run.returncode}):\n{run.stdout[-4000:]}")
    return run


def kconfig_symbols(tree, srcarch):
    """The config symbols the tree defines for this arch (every Kconfig file outside other
    arches' arch/ directories)."""
    symbols = set()
    pattern = re.compile(r"^\s*(?:menu)?config\s+(\w+)", re.M)
    for root, dirs, names in os.walk(tree):
        rel = os.path.relpath(root, tree)
        if rel == "arch":
            dirs[:] = [d for d in dirs if d == srcarch]
        elif rel == "." :
            dirs[:] = [d for d in dirs if not d.startswith(("out-", "."))]
        for n in names:
            if n.startswith("Kconfig"):
                with open(os.path.join(root, n), encoding="utf-8", errors="replace") as f:
                    symbols.update(pattern.findall(f.read()))
    return symbols


def read_config(outdir):
    values = {}
    with open(os.path.join(outdir, ".config"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"CONFIG_(\w+)=(.*)", line)
            if m:
                values[m.group(1)] = m.group(2)
    return values


def configure(tree, outdir, arch, fragment, wanted, log):
    """defconfig, the fragment appended, olddefconfig. Returns the wanted options the tree
    lacks; raises when one it has did not end up enabled (an unmet dependency)."""
    make(tree, outdir, arch, [arch.defconfig], log=log)
    with open(os.path.join(outdir, ".config"), "a", encoding="utf-8") as f:
        f.write("\n".join(fragment) + "\n")
    make(tree, outdir, arch, ["olddefconfig"], log=log)
    known = kconfig_symbols(tree, arch.srcarch)
    config = read_config(outdir)
    absent = [o for o in wanted if o not in known]
    unmet = [o for o in wanted if o in known and config.get(o) not in ("y", "m")]
    if unmet:
        raise BuildError("options the tree has but the configuration could not enable: "
                         + ", ".join(unmet))
    if config.get("DEBUG_INFO_NONE") != "y":
        raise BuildError("debug info is still on (CONFIG_DEBUG_INFO_NONE is not y)")
    return absent


def add_options(tree, outdir, arch, options, log):
    """Ask for more options (=y) on top of the configuration; olddefconfig settles them
    (one whose dependencies are unmet stays off)."""
    with open(os.path.join(outdir, ".config"), "a", encoding="utf-8") as f:
        f.write("".join(f"CONFIG_{o}=y\n" for o in options))
    make(tree, outdir, arch, ["olddefconfig"], log=log)


def list_objects(tree, outdir, arch):
    """Every object kbuild builds for vmlinux and the modules in this configuration, spelled
    as kbuild spells it (virt/kvm's appear as arch/x86/kvm/../../../virt/kvm/...). kbuild's own
    lists, read by list-objects.mk standing in for scripts/Makefile.build. Returns
    {normalised path: (kbuild's spelling, the directory whose Makefile builds it)}."""
    listing = os.path.join(outdir, "hvgen-objects.list")
    if os.path.exists(listing):
        os.unlink(listing)
    cmd = ["make", "-s", "--no-print-directory", "-C", outdir, "-f", "Makefile", "-f", LISTER_TOP,
           *arch.make_args, "HVGEN_LISTER=" + LISTER, "HVGEN_OBJECT_LIST=" + listing,
           "hvgen-list"]
    run = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    if run.returncode != 0 or not os.path.exists(listing):
        raise BuildError(f"listing the configuration's objects failed:\n{run.stdout[-4000:]}")
    spelled = {}
    with open(listing, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if len(fields) != 2:  # a directory that builds no object
                continue
            directory, name = fields
            spelled.setdefault(os.path.normpath(name), (name, directory))
    return spelled


def cmd_file(outdir, obj):
    path = os.path.join(outdir, obj)
    return os.path.join(os.path.dirname(path), "." + os.path.basename(path) + ".cmd")


def read_cmd(outdir, obj):
    """(command line, dependencies) kbuild saved for obj; dependencies tree-relative. None
    when there is no .cmd file (the object was never built)."""
    try:
        with open(cmd_file(outdir, obj), encoding="utf-8", errors="replace") as f:
            text = f.read()
    except FileNotFoundError:
        return None
    command = re.search(r"^(?:saved)?cmd_\S+ := (.*)$", text, re.M)
    deps = re.search(r"^(?:source_\S+ := .*\n\n)?deps_\S+ := \\\n(.*?)\n\n", text, re.M | re.S)
    dep_paths = set()
    if deps:
        # $(wildcard include/config/X) lines name config options, not files read
        listed = re.sub(r"\$\(wildcard [^)]*\)", " ", deps.group(1))
        dep_paths.update(tree_relative(t) for t in listed.split() if t != "\\")
    source = re.search(r"^source_\S+ := (.*)$", text, re.M)
    if source:
        dep_paths.add(tree_relative(source.group(1).strip()))
    return (command.group(1) if command else ""), dep_paths


def tree_relative(path):
    """A dependency as kbuild records it in an O= subdirectory build ("../include/x.h" for the
    source tree, "include/generated/x.h" for the output directory) made tree-relative; output
    files keep an "O/" prefix."""
    path = path.strip()
    if path.startswith("../"):
        return os.path.normpath(path[3:])
    return "O/" + os.path.normpath(path)


def all_cmd_targets(outdir):
    """Every target kbuild saved a .cmd file for in outdir (output-relative paths)."""
    targets = []
    for root, dirs, names in os.walk(outdir):
        dirs[:] = [d for d in dirs if d != "source"]
        for n in names:
            if n.startswith(".") and n.endswith(".cmd"):
                rel = os.path.relpath(os.path.join(root, n[1:-4]), outdir)
                targets.append(rel)
    return targets


def first_errors(outdir, commands):
    """{object: its first error line}, compiling each failed object again alone, in
    parallel, with the command line the reference build saved (so kbuild's flags, even those
    a parent target hands down, are the real ones) writing nothing: no .o, no dependency file.
    Each compile's messages are its own, not interleaved with the others' as in the build."""
    def one(item):
        obj, command = item
        command = command.split(" ; ")[0]
        command = re.sub(r"-Wp,-MMD,\S+", "", command)
        command = re.sub(r" -o \S+", " -o /dev/null", command, count=1)
        run = subprocess.run(command, shell=True, cwd=outdir, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, errors="replace")
        lines = run.stdout.splitlines()
        errors = [l for l in lines if " error: " in l or "fatal error" in l]
        if errors:
            return obj, errors[0].strip()
        if run.returncode == 0:
            return obj, "compiles alone with the reference's command line; see the build log"
        return obj, (lines[0].strip() if lines else f"exit {run.returncode}, no output")

    with concurrent.futures.ThreadPoolExecutor(int(jobs())) as pool:
        return dict(pool.map(one, sorted(commands.items())))
