# Thin wrapper over Meson. `make`: install what is missing, configure build/, regenerate
# generated/. `make check`: the same set-up, then the whole test suite.
BUILD ?= build

.PHONY: all deps setup regen check clean

all: regen

deps:
	@tools/install-deps

setup: deps
	@test -f $(BUILD)/build.ninja || meson setup $(BUILD)

regen: setup
	@meson compile -C $(BUILD) regen

check: setup
	@meson test -C $(BUILD) --print-errorlogs

clean:
	rm -rf $(BUILD)
