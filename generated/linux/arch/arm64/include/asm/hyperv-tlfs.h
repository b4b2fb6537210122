/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/feature-discovery/cpuid.yaml */
/*	spec/partitions/crash.yaml */
/*	spec/synic/msrs.yaml */
/*	spec/timers/timers.yaml */
/*	spec/vp-properties/msrs.yaml */
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

/*
 * Guest crash registers available: bit 72 of HvRegisterPrivilegesAndFeaturesInfo, bit 8 of its
 * bits 95-64.
 * TLFS: feature-discovery.md#hypervisor-feature-identification---
 * hvregisterprivilegesandfeaturesinfo
 */
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE	BIT(8)

/*
 * Direct synthetic timers available: bit 77 of HvRegisterPrivilegesAndFeaturesInfo, bit 13 of
 * its bits 95-64.
 * TLFS: feature-discovery.md#hypervisor-feature-identification---
 * hvregisterprivilegesandfeaturesinfo
 */
#define HV_STIMER_DIRECT_MODE_AVAILABLE	BIT(13)

/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P0. */
#define HV_MSR_CRASH_P0		(HV_REGISTER_GUEST_CRASH_P0)
#define HV_MSR_CRASH_P1		(HV_REGISTER_GUEST_CRASH_P1)
#define HV_MSR_CRASH_P2		(HV_REGISTER_GUEST_CRASH_P2)
#define HV_MSR_CRASH_P3		(HV_REGISTER_GUEST_CRASH_P3)
#define HV_MSR_CRASH_P4		(HV_REGISTER_GUEST_CRASH_P4)
#define HV_MSR_CRASH_CTL	(HV_REGISTER_GUEST_CRASH_CTL)
#define HV_MSR_SINT0		(HV_REGISTER_SINT0)
#define HV_MSR_SCONTROL		(HV_REGISTER_SCONTROL)
#define HV_MSR_SIEFP		(HV_REGISTER_SIEFP)
#define HV_MSR_SIMP		(HV_REGISTER_SIMP)
#define HV_MSR_EOM		(HV_REGISTER_EOM)
#define HV_MSR_TIME_REF_COUNT	(HV_REGISTER_TIME_REF_COUNT)
#define HV_MSR_REFERENCE_TSC	(HV_REGISTER_REFERENCE_TSC)
#define HV_MSR_STIMER0_CONFIG	(HV_REGISTER_STIMER0_CONFIG)
#define HV_MSR_STIMER0_COUNT	(HV_REGISTER_STIMER0_COUNT)
#define HV_MSR_VP_INDEX		(HV_REGISTER_VP_INDEX)

#include <asm-generic/hyperv-tlfs.h>

#endif /* _ASM_HYPERV_TLFS_H */
