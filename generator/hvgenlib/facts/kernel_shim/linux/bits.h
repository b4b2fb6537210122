/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen's kernel shim: the kernel's bit helpers, with the kernel's result types. */
#ifndef _HVGEN_SHIM_LINUX_BITS_H
#define _HVGEN_SHIM_LINUX_BITS_H

#define BIT(nr) (1UL << (nr))
#define BIT_ULL(nr) (1ULL << (nr))
#define GENMASK(h, l) ((~0UL << (l)) & (~0UL >> (63 - (h))))
#define GENMASK_ULL(h, l) ((~0ULL << (l)) & (~0ULL >> (63 - (h))))

#endif
