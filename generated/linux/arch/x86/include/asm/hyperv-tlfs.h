/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/hypercall-interface/hypercall-input.yaml */
/*	spec/hypercall-interface/msrs.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI specific to x86 */

#ifndef _ASM_X86_HYPERV_TLFS_H
#define _ASM_X86_HYPERV_TLFS_H

#include <linux/types.h>
#include <asm/page.h>

/*
 * TLFS: none (The TLFS gives the MSI address only as a UINT32; the bits follow the x86 MSI
 * format.)
 */
union hv_msi_address_register {
	u32 as_uint32;
	struct {
		u32 reserved1 : 2;
		u32 destination_mode : 1;
		u32 redirection_hint : 1;
		u32 reserved2 : 8;
		u32 destination_id : 8;
		u32 msi_base : 12;
	};
} __packed;

/* TLFS: none (The TLFS gives the MSI data only as a UINT32; the bits follow the x86 MSI format.) */
union hv_msi_data_register {
	u32 as_uint32;
	struct {
		u32 vector : 8;
		u32 delivery_mode : 3;
		u32 reserved1 : 3;
		u32 level_assert : 1;
		u32 trigger_mode : 1;
		u32 reserved2 : 16;
	};
} __packed;

/* TLFS: datatypes/hv_msi_entry.md */
union hv_msi_entry {
	u64 as_uint64;
	struct {
		union hv_msi_address_register address;
		union hv_msi_data_register data;
	} __packed;
};

/*
 * XMM registers that carry fast hypercall input and output.
 * TLFS: hypercall-interface.md#xmm-fast-hypercall-input-x86x64
 */
#define HV_HYPERCALL_MAX_XMM_REGISTERS	6

/* TLFS: hypercall-interface.md#reporting-the-guest-os-identity */
#define HV_X64_MSR_GUEST_OS_ID	0x40000000

/* TLFS: hypercall-interface.md#establishing-the-hypercall-interface-x86x64 */
#define HV_X64_MSR_HYPERCALL	0x40000001

/*
 * Contents of HV_X64_MSR_HYPERCALL.
 * TLFS: hypercall-interface.md#establishing-the-hypercall-interface-x86x64
 */
union hv_x64_msr_hypercall_contents {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 reserved : 11;
		u64 guest_physical_address : 52;
	} __packed;
};

/* TLFS: hypercall-interface.md#establishing-the-hypercall-interface-x86x64 */
#define HV_X64_MSR_HYPERCALL_ENABLE		0x00000001
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT	12
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK	\
		(~((1ull << HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT) - 1))

#include <asm-generic/hyperv-tlfs.h>

#endif /* _ASM_X86_HYPERV_TLFS_H */
