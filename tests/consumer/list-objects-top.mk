# Read after the kernel's top Makefile (make -C OBJTREE -f Makefile -f THIS hvgen-list), so the
# listing runs with every variable the top Makefile exports (flags, ARCH, CONFIG_*), but without
# `prepare` or the tools' own builds: it descends from the top directory with
# list-objects.mk standing in for scripts/Makefile.build.
PHONY += hvgen-list
hvgen-list:
	$(Q)$(MAKE) build='-f $(HVGEN_LISTER) obj' -f $(HVGEN_LISTER) obj=. need-builtin=1 need-modorder=1
