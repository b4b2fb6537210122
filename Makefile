# Thin wrapper over Meson. `make`: install what is missing, configure build/, regenerate
# generated/. `make check`: the same set-up, then the test suite but for the kernel builds;
# `make check-kernel`: the consumer suite (the real kernels built against generated/linux/).
BUILD ?= build

.PHONY: all deps setup regen check check-kernel clean

all: regen

deps:
	@tools/install-deps

# Byte-compile the generator once here: this image sets PYTHONDONTWRITEBYTECODE=1, so without
# it every hvgen run would compile its own sources again (30-50 ms of each run).
setup: deps
	@test -f $(BUILD)/build.ninja || meson setup $(BUILD)
	@/usr/bin/python3 -m compileall -q generator

regen: setup
	@meson compile -C $(BUILD) regen

check: setup
	@meson test -C $(BUILD) --print-errorlogs --no-suite consumer

# Verbose: the per-object verdicts and the figures are the suite's result.
check-kernel: setup
	@meson test -C $(BUILD) --setup kernel --verbose --suite consumer

clean:
	rm -rf $(BUILD)
