"""hvgen: one YAML model of the Hyper-V ABI, projected into the kernel's two header families."""
