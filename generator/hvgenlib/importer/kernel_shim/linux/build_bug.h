/* hvgen importer shim: compile-time assertions as the kernel spells them. */
#ifndef _HVGEN_IMPORT_SHIM_BUILD_BUG_H
#define _HVGEN_IMPORT_SHIM_BUILD_BUG_H

#define static_assert _Static_assert

#endif
