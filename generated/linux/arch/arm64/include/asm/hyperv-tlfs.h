/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI specific to arm64 */

#ifndef _ASM_HYPERV_TLFS_H
#define _ASM_HYPERV_TLFS_H

#include <linux/types.h>

/* TLFS: datatypes/hv_msi_entry.md */
union hv_msi_entry {
	u64 as_uint64[2];
	struct {
		u64 address;
		u32 data;
		u32 reserved;
	} __packed;
};

#include <asm-generic/hyperv-tlfs.h>

#endif /* _ASM_HYPERV_TLFS_H */
