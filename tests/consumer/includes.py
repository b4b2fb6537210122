"""Which kernel sources can reach the Hyper-V headers through #include, read from the sources.

This is a deliberate over-approximation, used only to choose what the reference build compiles:
an #include inside an #if counts, and an include that resolves nowhere the compiler would look
first falls back to every file of the tree whose path ends the same way. The compiler's own
dependency files (.cmd) then decide which objects really include the headers.
"""

import os
import re

INCLUDE = re.compile(rb'^[ \t]*#[ \t]*include[ \t]*([<"])([^>"]+)[>"]', re.M)
SOURCE_SUFFIXES = ('.c', '.S', '.h')


def arch_dir(srcarch):
    return 'arch/' + srcarch + '/'


def tree_files(tree, srcarch):
    """Every C source, assembler source and header of the tree (relative paths), leaving out
    other architectures' arch/ directories, documentation, tools and samples."""
    skip_top = {'Documentation', 'tools', 'samples', '.git'}
    files = []
    for top in sorted(os.listdir(tree)):
        if top in skip_top or top.startswith('out-') or not os.path.isdir(os.path.join(tree, top)):
            continue
        for root, dirs, names in os.walk(os.path.join(tree, top)):
            rel_root = os.path.relpath(root, tree)
            if rel_root == 'arch':
                dirs[:] = [d for d in dirs if d == srcarch]
            files.extend(os.path.join(rel_root, n) for n in names if n.endswith(SOURCE_SUFFIXES))
    return files


def include_dirs(srcarch, generated):
    """The directories kbuild's LINUXINCLUDE puts first, in its order (tree-relative; the
    generated ones are the output directory's, given as tree-relative paths too)."""
    a = arch_dir(srcarch)
    return [a + 'include', generated + '/' + a + 'include/generated', 'include',
            a + 'include/uapi', generated + '/' + a + 'include/generated/uapi', 'include/uapi',
            generated + '/include']


class IncludeGraph:
    def __init__(self, tree, srcarch, generated, guesses=True):
        self.tree = tree
        self.guesses = guesses  # fall back to every file ending like the include names
        self.files = set(tree_files(tree, srcarch))
        gen_root = os.path.join(tree, generated)
        for root, _dirs, names in os.walk(gen_root):
            rel_root = os.path.relpath(root, tree)
            self.files.update(os.path.join(rel_root, n) for n in names if n.endswith('.h'))
        self.dirs = include_dirs(srcarch, generated)
        self.by_basename = {}
        for f in self.files:
            self.by_basename.setdefault(os.path.basename(f), []).append(f)

    def resolve(self, including, kind, name):
        """The files an #include can name: the including file's own directory first for
        "...", then the standard directories, then (for "...") the directories above the
        including file; failing those, with guesses, every file ending in /name."""
        tried = []
        if kind == b'"':
            tried.append(os.path.normpath(os.path.join(os.path.dirname(including), name)))
        tried.extend(os.path.normpath(os.path.join(d, name)) for d in self.dirs)
        if kind == b'"':  # a driver's own -I$(src): a directory above the including file
            parent = os.path.dirname(os.path.dirname(including))
            while parent:
                tried.append(os.path.normpath(os.path.join(parent, name)))
                parent = os.path.dirname(parent)
        for path in tried:
            if path in self.files:
                return [path]
        if not self.guesses:
            return []
        tail = '/' + name.lstrip('./')
        return [f for f in self.by_basename.get(os.path.basename(name), ())
                if ('/' + f).endswith(tail)]

    def includes_of(self, path):
        with open(os.path.join(self.tree, path), 'rb') as f:
            text = f.read()
        found = []
        for kind, name in INCLUDE.findall(text):
            found.extend(self.resolve(path, kind, name.decode('utf-8', 'replace').strip()))
        return found

    def reaching(self, targets):
        """Every file that includes one of targets, directly or through other files."""
        included_by = {}
        for path in self.files:
            for inc in self.includes_of(path):
                included_by.setdefault(inc, set()).add(path)
        reached = set(targets)
        todo = list(targets)
        while todo:
            for parent in included_by.get(todo.pop(), ()):
                if parent not in reached:
                    reached.add(parent)
                    todo.append(parent)
        return reached


def candidate_objects(tree, srcarch, generated, headers, guesses=True):
    """Objects (tree-relative .o paths) whose .c or .S source may include one of headers;
    without guesses, only through includes found where the compiler looks first."""
    graph = IncludeGraph(tree, srcarch, generated, guesses)
    reached = graph.reaching([h for h in headers if h in graph.files])
    return {os.path.splitext(p)[0] + '.o' for p in reached if p.endswith(('.c', '.S'))}
