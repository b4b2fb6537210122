/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/hypercall-interface/extended-hypercalls.yaml */
/*	spec/hypercall-interface/hypercall-codes.yaml */
/*	spec/memory/memory-hint.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK extended hypercall definitions */

#ifndef _HV_HVGDK_EXT_H
#define _HV_HVGDK_EXT_H

#include "hvgdk_mini.h"

/* HDK-only: not in the TLFS. */
#define HV_EXT_CAPABILITY_MEMORY_COLD_DISCARD_HINT	BIT(8)

/* TLFS: hypercalls/HvExtCallQueryCapabilities.md */
#define HV_EXT_CALL_QUERY_CAPABILITIES	0x8001

/* TLFS: hypercalls/overview.md#hypercall-reference */
#define HV_EXT_CALL_MEMORY_HEAT_HINT	0x8003

/*
 * The extended call codes again, as enumerators of HV_EXT_CALL.
 * TLFS: hypercalls/overview.md
 */
enum {
	HV_EXTCALL_QUERY_CAPABILITIES	= 0x8001,
	HV_EXTCALL_MEMORY_HEAT_HINT	= 0x8003,
};

/* HDK-only: not in the TLFS. */
#define HV_EXT_MEMORY_HEAT_HINT_TYPE_COLD_DISCARD	2

/*
 * Heat hint types (HV_EXT_MEMORY_HEAT_HINT_TYPE).
 * HDK-only: not in the TLFS.
 */
enum {
	HV_EXTMEM_HEAT_HINT_COLD		= 0,
	HV_EXTMEM_HEAT_HINT_HOT			= 1,
	HV_EXTMEM_HEAT_HINT_COLD_DISCARD	= 2,
	HV_EXTMEM_HEAT_HINT_MAX			= 3,
};

/*
 * HvExtCallMemoryHeatHint input header, followed by the page ranges.
 * HDK-only: not in the TLFS.
 */
struct hv_memory_hint {
	u64 heat_type : 2;
	u64 reserved : 62;
	union hv_gpa_page_range ranges[];
} __packed;

/* HDK-only: not in the TLFS. */
#define HV_MEMORY_HINT_MAX_GPA_PAGE_RANGES	\
		((HV_HYP_PAGE_SIZE - sizeof(struct hv_memory_hint)) / \
		sizeof(union hv_gpa_page_range))

#endif /* _HV_HVGDK_EXT_H */
