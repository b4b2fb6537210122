/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen's kernel shim: the page size the 6.12 x86 header includes <asm/page.h> for. */
#ifndef _HVGEN_SHIM_ASM_PAGE_H
#define _HVGEN_SHIM_ASM_PAGE_H

/* A header read with only <asm/page.h> included still sees BIT() and GENMASK(). */
#include <linux/bits.h>

#define PAGE_SHIFT 12
#define PAGE_SIZE (1UL << PAGE_SHIFT)

#endif
