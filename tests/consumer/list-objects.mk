# Stands in for scripts/Makefile.build (make build='-f THIS obj' ...): instead of compiling a
# directory, append every object kbuild would build there for this configuration to
# $(HVGEN_OBJECT_LIST), then descend into the subdirectories the configuration enables. The
# lists are kbuild's own (obj-y/obj-m with composite objects expanded, lib-y, extra-y, always-y
# and the objects named in targets, such as the vDSO's), so no object is chosen by hand.
__hvgen_list:

include $(srctree)/scripts/Makefile.build

# One "DIRECTORY OBJECT" line per object: the directory is the one whose Makefile builds it.
__hvgen_list: $(subdir-ym)
	@printf '$(obj) %s\n' $(filter %.o, $(real-obj-y) $(real-obj-m) $(lib-y) $(extra-y) \
		$(always-y) $(targets)) >>$(HVGEN_OBJECT_LIST)
