/* hvgen importer shim: the kernel's bit helpers. */
#ifndef _HVGEN_IMPORT_SHIM_BITS_H
#define _HVGEN_IMPORT_SHIM_BITS_H

#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define GENMASK(h, l) ((~0UL << (l)) & (~0UL >> (63 - (h))))
#define GENMASK_ULL(h, l) ((~0ULL << (l)) & (~0ULL >> (63 - (h))))

#endif
