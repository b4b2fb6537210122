/* hvgen importer shim: the 4 KiB page both targets use. */
#ifndef _HVGEN_IMPORT_SHIM_ASM_PAGE_H
#define _HVGEN_IMPORT_SHIM_ASM_PAGE_H
#include <linux/bits.h>
#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)
#endif
