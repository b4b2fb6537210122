/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/datatypes/basic-types.yaml */
/*	spec/datatypes/types-imported.yaml */
/*	spec/datatypes/vp-sets-imported.yaml */
/*	spec/datatypes/vp-sets.yaml */
/*	spec/device-interrupts/map-device-interrupt.yaml */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/feature-discovery/cpuid.yaml */
/*	spec/feature-discovery/privileges-imported.yaml */
/*	spec/feature-discovery/privileges.yaml */
/*	spec/hypercall-interface/guest-os-id.yaml */
/*	spec/hypercall-interface/hypercall-codes.yaml */
/*	spec/hypercall-interface/hypercall-input.yaml */
/*	spec/hypercall-interface/hypercalls-imported.yaml */
/*	spec/hypercall-interface/msrs.yaml */
/*	spec/hypercall-interface/status-codes-imported.yaml */
/*	spec/hypercall-interface/status-codes.yaml */
/*	spec/memory/gpa-mapping-imported.yaml */
/*	spec/memory/gpa-mapping.yaml */
/*	spec/memory/hyp-page-imported.yaml */
/*	spec/memory/hyp-page.yaml */
/*	spec/memory/memory-hint.yaml */
/*	spec/nested-virtualization/enlightened-vmcs.yaml */
/*	spec/nested-virtualization/tsc-emulation.yaml */
/*	spec/partitions/crash-imported.yaml */
/*	spec/partitions/crash.yaml */
/*	spec/partitions/create-partition-imported.yaml */
/*	spec/partitions/create-partition.yaml */
/*	spec/partitions/lifecycle.yaml */
/*	spec/partitions/properties.yaml */
/*	spec/synic/event-flags.yaml */
/*	spec/synic/event-ring.yaml */
/*	spec/synic/messages-imported.yaml */
/*	spec/synic/messages.yaml */
/*	spec/synic/msrs.yaml */
/*	spec/synic/ports.yaml */
/*	spec/synic/registers.yaml */
/*	spec/timers/timers.yaml */
/*	spec/virtual-interrupts/ipi-imported.yaml */
/*	spec/virtual-interrupts/ipi.yaml */
/*	spec/virtual-mmu/tlb-flush-imported.yaml */
/*	spec/virtual-mmu/tlb-flush.yaml */
/*	spec/virtualization-host/intercepts.yaml */
/*	spec/virtualization-host/stats.yaml */
/*	spec/vp-properties/msrs.yaml */
/*	spec/vp-properties/registers-imported.yaml */
/*	spec/vp-properties/registers.yaml */
/*	spec/vp-properties/virtual-processors-imported.yaml */
/*	spec/vp-properties/virtual-processors.yaml */
/*	spec/vp-properties/vp-assist-page.yaml */
/*	spec/vp-properties/vp-state.yaml */
/*	spec/vsm/vtl.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI, what the TLFS specifies */

#ifndef _ASM_GENERIC_HYPERV_TLFS_H
#define _ASM_GENERIC_HYPERV_TLFS_H

#include <linux/types.h>
#include <linux/bits.h>
#include <linux/time64.h>
#include <asm/page.h>

/* TLFS: datatypes/hv_partition_id.md#constants */
#define HV_PARTITION_ID_INVALID	((u64)0)
#define HV_PARTITION_ID_SELF	((u64)-1)

/* TLFS: datatypes/hv_register_value.md */
struct hv_u128 {
	u64 low_part;
	u64 high_part;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_cpuid_result.md#syntax */
union hv_cpuid_result {
	u32 as_uint32[4];
	struct {
		u32 eax;
		u32 ebx;
		u32 ecx;
		u32 edx;
	};
};

/* TLFS: datatypes/hv_get_vp_cpuid_values_flags.md#syntax */
union hv_get_vp_cpuid_values_flags {
	u32 as_uint32;
	struct {
		u32 use_vp_xfem_xss : 1;
		u32 apply_registered_values : 1;
		u32 reserved : 30;
	};
};

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_gpa_mapping.md#syntax */
struct hv_gpa_mapping {
	u64 target_gpa_page_number;
	u64 source_gpa_page_number;
};

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_intercept_parameters_ex.md#syntax */
union hv_intercept_parameters_ex {
	struct {
		u32 register_name;
		u32 access_type_mask;
		u64 write_intercept_mask;
		u64 reserved[14];
	} register_intercept_params;
};

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_register_intercept_result_parameters.md#syntax */
struct hv_register_x64_cpuid_result_parameters {
	u32 eax;
	u32 eax_mask;
	u32 ebx;
	u32 ebx_mask;
	u32 ecx;
	u32 ecx_mask;
	u32 edx;
	u32 edx_mask;
};

/* TLFS: datatypes/hv_register_intercept_result_parameters.md#syntax */
struct hv_register_x64_msr_result_parameters {
	u32 msr_index;
	u32 access_type;
	u32 action;
};

/* TLFS: datatypes/hv_register_intercept_result_parameters.md#syntax */
union hv_register_intercept_result_parameters {
	struct hv_register_x64_cpuid_result_parameters cpuid;
	struct hv_register_x64_msr_result_parameters msr;
};

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_translate_gva_result.md#syntax */
union hv_translate_gva_result {
	u64 as_uint64;
	struct {
		u32 result_code;
		u32 cache_type : 8;
		u32 overlay_page : 1;
		u32 reserved : 23;
	};
};

/* TLFS: datatypes/hv_virtualization_fault_information.md#syntax */
union hv_virtualization_fault_information {
	struct {
		u16 parameter0;
		u16 reserved0;
		u32 code;
		u64 parameter1;
	};
};

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_vp_vtl_control.md#syntax */
struct hv_vp_vtl_control {
	u32 entry_reason;
	union {
		u8 as_uint8;
		struct {
			u8 vina_asserted : 1;
			u8 vina_reserved_z : 7;
		};
	} vina_status;
	u8 reserved_z00;
	u16 reserved_z01;
	u64 reserved_z2;
	u64 reserved_z3;
};

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_vp_vtl_control.md#syntax */
struct hv_vp_vtl_control {
	u32 entry_reason;
	union {
		u8 as_uint8;
		struct {
			u8 vina_asserted : 1;
			u8 vina_reserved_z : 7;
		};
	} vina_status;
	u8 reserved_z00;
	u16 reserved_z01;
	union {
		struct {
			u64 vtl_return_x64_rax;
			u64 vtl_return_x64_rcx;
		};
		struct {
			u32 vtl_return_x86_eax;
			u32 vtl_return_x86_ecx;
			u32 vtl_return_x86_edx;
			u32 reserved_z1;
		};
	};
};

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_vp_vtl_control.md#syntax */
enum hv_vtl_entry_reason {
	HV_VTL_ENTRY_RESERVED	= 0,
	HV_VTL_ENTRY_VTL_CALL	= 1,
	HV_VTL_ENTRY_INTERRUPT	= 2,
	HV_VTL_ENTRY_INTERCEPT	= 3,
};

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_x64_fp_control_status_register.md#syntax */
struct hv_x64_fp_control_status_register {
	u16 fp_control;
	u16 fp_status;
	u8 fp_tag;
	u8 reserved : 8;
	u16 last_fp_op;
	union {
		u64 last_fp_rip;
		struct {
			u32 last_fp_eip;
			u16 last_fp_cs;
		};
	};
};

/* TLFS: datatypes/hv_x64_fp_register.md#syntax */
struct hv_x64_fp_register {
	u64 mantissa;
	u64 biased_exponent : 15;
	u64 sign : 1;
	u64 reserved : 48;
};

/* TLFS: datatypes/hv_x64_msr_npiep_config_contents.md#syntax */
union hv_x64_msr_npiep_config_contents {
	u64 as_uint64;
	struct {
		u64 prevent_sgdt : 1;
		u64 prevent_sidt : 1;
		u64 prevent_sldt : 1;
		u64 prevent_str : 1;
		u64 reserved : 60;
	};
};

/* TLFS: datatypes/hv_x64_register_sev_gpa_page.md#syntax */
union hv_x64_register_sev_gpa_page {
	u64 as_uint64;
	struct {
		u64 enabled : 1;
		u64 reserved_z : 11;
		u64 page_number : 52;
	};
};

/* TLFS: datatypes/hv_x64_xmm_control_status_register.md#syntax */
struct hv_x64_xmm_control_status_register {
	union {
		u64 last_fp_rdp;
		struct {
			u32 last_fp_dp;
			u16 last_fp_ds;
		};
	};
	u32 xmm_status_control;
	u32 xmm_status_control_mask;
};

/* TLFS: hypercalls/HvCallGetVpSetFromMda.md#input-parameters */
struct hv_input_get_vp_set_from_mda {
	u64 target_partition;
	u64 destination_address;
	u8 target_vtl;
	u8 logical_destination_mode;
	u8 reserved[6];
} __packed;

#endif /* CONFIG_X86 */

/*
 * One bank per bit of the 64-bit ValidBanksMask.
 * TLFS: derived from hv_vpset.
 */
#define HV_MAX_SPARSE_VCPU_BANKS	(64)

/* TLFS: datatypes/hv_vp_set.md#sparse-virtual-processor-set */
#define HV_VCPUS_PER_SPARSE_BANK	(64)

/*
 * Bank of a VP index: VPindex >> 6 (VPindex / 64).
 * TLFS: derived from HV_VCPUS_PER_SPARSE_BANK.
 */
#define HV_GENERIC_SET_SHIFT	(6)

/*
 * Bit of a VP index within its bank.
 * TLFS: derived from HV_VCPUS_PER_SPARSE_BANK.
 */
#define HV_GENERIC_SET_MASK	(63)

/*
 * Quadwords of an hv_vpset for max VPs: Format, ValidBanksMask and one per bank.
 * TLFS: derived from hv_vpset.
 */
#define HV_GENERIC_SET_QWORD_COUNT(max)	(((((max) - 1) >> 6) + 1) + 2)

/* TLFS: datatypes/hv_vp_set.md */
struct hv_vpset {
	u64 format;
	u64 valid_bank_mask;
	u64 bank_contents[];
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpSetFromMda.md#output-parameters */
struct hv_output_get_vp_set_from_mda {
	struct hv_vpset target_vp_set;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_vp_set.md#syntax */
enum HV_GENERIC_SET_FORMAT {
	HV_GENERIC_SET_SPARSE_4K	= 0,
	HV_GENERIC_SET_ALL		= 1,
};

/* TLFS: datatypes/hv_device_interrupt_target.md#syntax */
#define HV_DEVICE_INTERRUPT_TARGET_MULTICAST		1
#define HV_DEVICE_INTERRUPT_TARGET_PROCESSOR_SET	2

/* TLFS: datatypes/hv_device_interrupt_target.md */
struct hv_device_interrupt_target {
	u32 vector;
	u32 flags;
	union {
		u64 vp_mask;
		struct hv_vpset vp_set;
	};
} __packed;

#if defined(CONFIG_X86)
/*
 * HV_MSI_ENTRY's UINT32 Address; its bits are the x86 MSI format, which the TLFS does not give.
 * TLFS: datatypes/hv_msi_entry.md
 */
union hv_msi_address_register {
	u32 as_uint32;
} __packed;

/*
 * HV_MSI_ENTRY's UINT32 Data; its bits are the x86 MSI format, which the TLFS does not give.
 * TLFS: datatypes/hv_msi_entry.md
 */
union hv_msi_data_register {
	u32 as_uint32;
} __packed;

/* TLFS: datatypes/hv_msi_entry.md */
union hv_msi_entry {
	u64 as_uint64;
	struct {
		union hv_msi_address_register address;
		union hv_msi_data_register data;
	} __packed;
};

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_msi_entry.md */
union hv_msi_entry {
	u64 as_uint64[2];
	struct {
		u64 address;
		u32 data;
		u32 reserved;
	} __packed;
};

#endif /* CONFIG_ARM64 */

/* TLFS: datatypes/hv_interrupt_entry.md */
struct hv_interrupt_entry {
	u32 source;
	u32 reserved1;
	union {
		union hv_msi_entry msi_entry;
	};
} __packed;

/* TLFS: hypercalls/HvCallRetargetDeviceInterrupt.md#input-parameters */
struct hv_retarget_device_interrupt {
	u64 partition_id;
	u64 device_id;
	struct hv_interrupt_entry int_entry;
	u64 reserved2;
	struct hv_device_interrupt_target int_target;
} __packed __aligned(8);

/*
 * Kind of interrupt an hv_interrupt_entry describes (its source field).
 * TLFS: datatypes/hv_interrupt_entry.md
 */
enum hv_interrupt_source {
	HV_INTERRUPT_SOURCE_MSI	= 1,
};

#if defined(CONFIG_X86)
/* TLFS: feature-discovery.md#hypervisor-cpuid-leaf-range---0x40000000 */
#define HYPERV_CPUID_VENDOR_AND_MAX_FUNCTIONS	0x40000000

/* TLFS: feature-discovery.md#hypervisor-vendor-neutral-interface-identification---0x40000001 */
#define HYPERV_CPUID_INTERFACE	0x40000001

/* TLFS: feature-discovery.md#hypervisor-system-identity---0x40000002 */
#define HYPERV_CPUID_VERSION	0x40000002

/* TLFS: feature-discovery.md#hypervisor-feature-identification---0x40000003 */
#define HYPERV_CPUID_FEATURES	0x40000003

/* TLFS: feature-discovery.md#implementation-recommendations---0x40000004 */
#define HYPERV_CPUID_ENLIGHTMENT_INFO	0x40000004

/* TLFS: feature-discovery.md#hypervisor-implementation-limits---0x40000005 */
#define HYPERV_CPUID_IMPLEMENT_LIMITS	0x40000005

/* TLFS: datatypes/hv_register_name.md#version--feature-discovery-128-bit-unless-noted */
#define HYPERV_CPUID_CPU_MANAGEMENT_FEATURES	0x40000007

/* TLFS: feature-discovery.md#hypervisor-nested-virtualization-features---0x4000000a */
#define HYPERV_CPUID_NESTED_FEATURES	0x4000000A

/* TLFS: feature-discovery.md#hypervisor-discovery */
#define HYPERV_HYPERVISOR_PRESENT_BIT	0x80000000

/* TLFS: feature-discovery.md#hypervisor-cpuid-leaf-range---0x40000000 */
#define HYPERV_CPUID_MIN	0x40000005

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HV_MSR_VP_RUNTIME_AVAILABLE	BIT(0)
#define HV_MSR_TIME_REF_COUNT_AVAILABLE	BIT(1)
#define HV_MSR_SYNIC_AVAILABLE		BIT(2)
#define HV_MSR_SYNTIMER_AVAILABLE	BIT(3)
#define HV_MSR_APIC_ACCESS_AVAILABLE	BIT(4)
#define HV_MSR_HYPERCALL_AVAILABLE	BIT(5)
#define HV_MSR_VP_INDEX_AVAILABLE	BIT(6)
#define HV_MSR_RESET_AVAILABLE		BIT(7)
#define HV_MSR_STAT_PAGES_AVAILABLE	BIT(8)
#define HV_MSR_REFERENCE_TSC_AVAILABLE	BIT(9)
#define HV_MSR_GUEST_IDLE_AVAILABLE	BIT(10)

#if defined(CONFIG_X86)
/* TLFS: feature-discovery.md#hypervisor-feature-identification---0x40000003 */
#define HV_X64_MWAIT_AVAILABLE				BIT(0)
#define HV_X64_GUEST_DEBUGGING_AVAILABLE		BIT(1)
#define HV_X64_PERF_MONITOR_AVAILABLE			BIT(2)
#define HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE	BIT(3)
#define HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE		BIT(4)
#define HV_X64_GUEST_IDLE_STATE_AVAILABLE		BIT(5)
#define HV_FEATURE_FREQUENCY_MSRS_AVAILABLE		BIT(8)
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE		BIT(10)

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/*
 * Guest crash registers available: bit 72 of HvRegisterPrivilegesAndFeaturesInfo, bit 8 of its
 * bits 95-64.
 * TLFS: feature-discovery.md#hypervisor-feature-identification---
 * hvregisterprivilegesandfeaturesinfo
 */
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE	BIT(8)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: feature-discovery.md#hypervisor-feature-identification---0x40000003 */
#define HV_FEATURE_DEBUG_MSRS_AVAILABLE		BIT(11)
#define HV_FEATURE_EXT_GVA_RANGES_FLUSH		BIT(14)
#define HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE	BIT(15)
#define HV_STIMER_DIRECT_MODE_AVAILABLE		BIT(19)

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/*
 * Direct synthetic timers available: bit 77 of HvRegisterPrivilegesAndFeaturesInfo, bit 13 of
 * its bits 95-64.
 * TLFS: feature-discovery.md#hypervisor-feature-identification---
 * hvregisterprivilegesandfeaturesinfo
 */
#define HV_STIMER_DIRECT_MODE_AVAILABLE	BIT(13)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: feature-discovery.md#implementation-recommendations---0x40000004 */
#define HV_X64_AS_SWITCH_RECOMMENDED		BIT(0)
#define HV_X64_LOCAL_TLB_FLUSH_RECOMMENDED	BIT(1)
#define HV_X64_REMOTE_TLB_FLUSH_RECOMMENDED	BIT(2)
#define HV_X64_APIC_ACCESS_RECOMMENDED		BIT(3)
#define HV_X64_SYSTEM_RESET_RECOMMENDED		BIT(4)
#define HV_X64_RELAXED_TIMING_RECOMMENDED	BIT(5)
#define HV_DEPRECATING_AEOI_RECOMMENDED		BIT(9)
#define HV_X64_CLUSTER_IPI_RECOMMENDED		BIT(10)
#define HV_X64_EX_PROCESSOR_MASKS_RECOMMENDED	BIT(11)
#define HV_X64_HYPERV_NESTED			BIT(12)
#define HV_X64_ENLIGHTENED_VMCS_RECOMMENDED	BIT(14)
#define HV_X64_NO_NONARCH_CORESHARING		BIT(18)

/* TLFS: feature-discovery.md#hypervisor-nested-virtualization-features---0x4000000a */
#define HV_X64_NESTED_DIRECT_FLUSH		BIT(17)
#define HV_X64_NESTED_GUEST_MAPPING_FLUSH	BIT(18)
#define HV_X64_NESTED_MSR_BITMAP		BIT(19)
#define HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL	BIT(0)
#define HV_X64_NESTED_ENLIGHTENED_TLB		BIT(22)

#endif /* CONFIG_X86 */

/* TLFS: feature-discovery.md#hypervisor-system-identity---0x40000002 */
union hv_hypervisor_version_info {
	struct {
		u32 build_number;
		u32 minor_version : 16;
		u32 major_version : 16;
		u32 service_pack;
		u32 service_number : 24;
		u32 service_branch : 8;
	};
	struct {
		u32 eax;
		u32 ebx;
		u32 ecx;
		u32 edx;
	};
};

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
struct hv_partition_privilege_mask {
	u64 access_vp_run_time_reg : 1;
	u64 access_partition_reference_counter : 1;
	u64 access_synic_regs : 1;
	u64 access_synthetic_timer_regs : 1;
	u64 access_intr_ctrl_regs : 1;
	u64 access_hypercall_msrs : 1;
	u64 access_vp_index : 1;
	u64 access_reset_reg : 1;
	u64 access_stats_reg : 1;
	u64 access_partition_reference_tsc : 1;
	u64 access_guest_idle_reg : 1;
	u64 access_frequency_regs : 1;
	u64 reserved : 1;
	u64 access_reenlightenment_controls : 1;
	u64 reserved1 : 18;
	u64 create_partitions : 1;
	u64 access_partition_id : 1;
	u64 access_memory_pool : 1;
	u64 reserved_1 : 1;
	u64 post_messages : 1;
	u64 signal_events : 1;
	u64 create_port : 1;
	u64 connect_port : 1;
	u64 access_stats : 1;
	u64 reserved2 : 2;
	u64 debugging : 1;
	u64 cpu_management : 1;
	u64 reserved_2 : 1;
	u64 reserved_3 : 1;
	u64 reserved_4 : 1;
	u64 access_vsm : 1;
	u64 access_vp_registers : 1;
	u64 reserved_5 : 1;
	u64 reserved_6 : 1;
	u64 enable_extended_hypercalls : 1;
	u64 start_virtual_processor : 1;
	u64 reserved3 : 10;
};

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HV_ACCESS_FREQUENCY_MSRS	BIT(11)
#define HV_ACCESS_REENLIGHTENMENT	BIT(13)
#define HV_CREATE_PARTITIONS		BIT(0)
#define HV_ACCESS_PARTITION_ID		BIT(1)
#define HV_ACCESS_MEMORY_POOL		BIT(2)
#define HV_POST_MESSAGES		BIT(4)
#define HV_SIGNAL_EVENTS		BIT(5)
#define HV_CREATE_PORT			BIT(6)
#define HV_CONNECT_PORT			BIT(7)
#define HV_ACCESS_STATS			BIT(8)
#define HV_DEBUGGING			BIT(11)
#define HV_CPU_MANAGEMENT		BIT(12)
#define HV_ENABLE_EXTENDED_HYPERCALLS	BIT(20)

/*
 * Bits 63:48 of the guest OS ID for Linux: Open Source (bit 63) set, OS Type 0x1 (Linux).
 * TLFS: derived from HV_REGISTER_GUEST_OS_ID.
 */
#define HV_LINUX_VENDOR_ID	0x8100

/* TLFS: hypercalls/HvCallFlushVirtualAddressSpace.md */
#define HVCALL_FLUSH_VIRTUAL_ADDRESS_SPACE	0x0002

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md */
#define HVCALL_FLUSH_VIRTUAL_ADDRESS_LIST	0x0003

/* TLFS: hypercalls/HvCallNotifyLongSpinWait.md */
#define HVCALL_NOTIFY_LONG_SPIN_WAIT	0x0008

/* TLFS: hypercalls/HvCallSendSyntheticClusterIpi.md */
#define HVCALL_SEND_IPI	0x000b

/* TLFS: hypercalls/HvCallEnableVpVtl.md */
#define HVCALL_ENABLE_VP_VTL	0x000f

/* TLFS: hypercalls/HvCallFlushVirtualAddressSpaceEx.md */
#define HVCALL_FLUSH_VIRTUAL_ADDRESS_SPACE_EX	0x0013

/* TLFS: hypercalls/HvCallFlushVirtualAddressListEx.md */
#define HVCALL_FLUSH_VIRTUAL_ADDRESS_LIST_EX	0x0014

/* TLFS: hypercalls/HvCallSendSyntheticClusterIpiEx.md */
#define HVCALL_SEND_IPI_EX	0x0015

/* TLFS: hypercalls/HvCallCreatePartition.md */
#define HVCALL_CREATE_PARTITION	0x0040

/* TLFS: hypercalls/HvCallInitializePartition.md */
#define HVCALL_INITIALIZE_PARTITION	0x0041

/* TLFS: hypercalls/HvCallFinalizePartition.md */
#define HVCALL_FINALIZE_PARTITION	0x0042

/* TLFS: hypercalls/HvCallDeletePartition.md */
#define HVCALL_DELETE_PARTITION	0x0043

/* TLFS: hypercalls/HvCallGetPartitionProperty.md */
#define HVCALL_GET_PARTITION_PROPERTY	0x0044

/* TLFS: hypercalls/HvCallSetPartitionProperty.md */
#define HVCALL_SET_PARTITION_PROPERTY	0x0045

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HVCALL_GET_PARTITION_ID	0x0046

/* TLFS: hypercalls/HvCallDepositMemory.md */
#define HVCALL_DEPOSIT_MEMORY	0x0048

/* TLFS: hypercalls/HvCallWithdrawMemory.md */
#define HVCALL_WITHDRAW_MEMORY	0x0049

/* TLFS: hypercalls/HvCallMapGpaPages.md */
#define HVCALL_MAP_GPA_PAGES	0x004b

/* TLFS: hypercalls/HvCallUnmapGpaPages.md */
#define HVCALL_UNMAP_GPA_PAGES	0x004c

/* TLFS: hypercalls/HvCallInstallIntercept.md */
#define HVCALL_INSTALL_INTERCEPT	0x004d

/* TLFS: hypercalls/HvCallCreateVp.md */
#define HVCALL_CREATE_VP	0x004e

/* TLFS: hypercalls/HvCallDeleteVp.md */
#define HVCALL_DELETE_VP	0x004f

/* TLFS: hypercalls/HvCallGetVpRegisters.md */
#define HVCALL_GET_VP_REGISTERS	0x0050

/* TLFS: hypercalls/HvCallSetVpRegisters.md */
#define HVCALL_SET_VP_REGISTERS	0x0051

/* TLFS: hypercalls/HvCallTranslateVirtualAddress.md */
#define HVCALL_TRANSLATE_VIRTUAL_ADDRESS	0x0052

/* TLFS: hypercalls/HvCallDeletePort.md */
#define HVCALL_DELETE_PORT	0x0058

/* TLFS: hypercalls/HvCallDisconnectPort.md */
#define HVCALL_DISCONNECT_PORT	0x005b

/* TLFS: hypercalls/HvCallPostMessage.md */
#define HVCALL_POST_MESSAGE	0x005c

/* TLFS: hypercalls/HvCallSignalEvent.md */
#define HVCALL_SIGNAL_EVENT	0x005d

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HVCALL_POST_DEBUG_DATA		0x0069
#define HVCALL_RETRIEVE_DEBUG_DATA	0x006a
#define HVCALL_RESET_DEBUG_SESSION	0x006b
#define HVCALL_MAP_STATS_PAGE		0x006c

/* TLFS: hypercalls/HvCallUnmapStatsPage.md */
#define HVCALL_UNMAP_STATS_PAGE	0x006d

/* TLFS: hypercalls/HvCallRetargetDeviceInterrupt.md */
#define HVCALL_RETARGET_INTERRUPT	0x007e

/* TLFS: hypercalls/HvCallRegisterInterceptResult.md */
#define HVCALL_REGISTER_INTERCEPT_RESULT	0x0091

/* TLFS: hypercalls/HvCallAssertVirtualInterrupt.md */
#define HVCALL_ASSERT_VIRTUAL_INTERRUPT	0x0094

/* TLFS: hypercalls/HvCallCreatePort.md */
#define HVCALL_CREATE_PORT	0x0095

/* TLFS: hypercalls/HvCallConnectPort.md */
#define HVCALL_CONNECT_PORT	0x0096

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md */
#define HVCALL_START_VP	0x0099

/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md */
#define HVCALL_GET_VP_ID_FROM_APIC_ID	0x009a

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressSpace.md */
#define HVCALL_FLUSH_GUEST_PHYSICAL_ADDRESS_SPACE	0x00af

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md */
#define HVCALL_FLUSH_GUEST_PHYSICAL_ADDRESS_LIST	0x00b0

/* TLFS: hypercalls/HvCallSignalEventDirect.md */
#define HVCALL_SIGNAL_EVENT_DIRECT	0x00c0

/* TLFS: hypercalls/HvCallPostMessageDirect.md */
#define HVCALL_POST_MESSAGE_DIRECT	0x00c1

/* TLFS: hypercalls/HvCallMapVpStatePage.md */
#define HVCALL_MAP_VP_STATE_PAGE	0x00e1

/* TLFS: hypercalls/HvCallUnmapVpStatePage.md */
#define HVCALL_UNMAP_VP_STATE_PAGE	0x00e2

/* TLFS: hypercalls/HvCallGetVpCpuidValues.md */
#define HVCALL_GET_VP_CPUID_VALUES	0x00f4

/* TLFS: hypercalls/HvCallMapStatsPage2.md */
#define HVCALL_MAP_STATS_PAGE2	0x0131

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

/* TLFS: hypercalls/overview.md#hypercall-reference */
#define HVCALL_SWITCH_VIRTUAL_ADDRESS_SPACE	0x0001
#define HVCALL_MODIFY_VTL_PROTECTION_MASK	0x000c
#define HVCALL_ENABLE_PARTITION_VTL		0x000d
#define HVCALL_VTL_CALL				0x0011
#define HVCALL_VTL_RETURN			0x0012
#define HV_EXT_CALL_GET_BOOT_ZEROED_MEMORY	0x8002
#define HV_EXT_CALL_EPF_SETUP			0x8004
#define HV_EXT_CALL_MEMORY_HEAT_HINT_ASYNC	0x8006

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallCheckForIoIntercept.md */
#define HVCALL_CHECK_FOR_IO_INTERCEPT	0x00AD

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallGetMemoryBalance.md */
#define HVCALL_GET_MEMORY_BALANCE	0x004A

/* TLFS: hypercalls/HvCallGetNextChildPartition.md */
#define HVCALL_GET_NEXT_CHILD_PARTITION	0x0047

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpSetFromMda.md */
#define HVCALL_GET_VP_SET_FROM_MDA	0x00E5

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallInstallInterceptEx.md */
#define HVCALL_INSTALL_INTERCEPT_EX	0x0110

#endif /* CONFIG_ARM64 */

/* TLFS: hypercalls/HvCallMapSparseGpaPages.md */
#define HVCALL_MAP_SPARSE_GPA_PAGES	0x006E

/* TLFS: hypercalls/HvCallModifySparseGpaPages.md */
#define HVCALL_MODIFY_SPARSE_GPA_PAGES	0x0090

/* TLFS: hypercalls/HvCallSetPartitionPropertyEx.md */
#define HVCALL_SET_PARTITION_PROPERTY_EX	0x010A

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallSetVirtualInterruptTarget.md */
#define HVCALL_SET_VIRTUAL_INTERRUPT_TARGET	0x011F

#endif /* CONFIG_ARM64 */

/* TLFS: hypercalls/HvCallTranslateVirtualAddressEx.md */
#define HVCALL_TRANSLATE_VIRTUAL_ADDRESS_EX	0x00AC

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallUnregisterInterceptResult.md */
#define HVCALL_UNREGISTER_INTERCEPT_RESULT	0x0092

#endif /* CONFIG_X86 */

/*
 * Result (HV_STATUS) field of the hypercall result value.
 * TLFS: hypercall-interface.md#hypercall-outputs
 */
#define HV_HYPERCALL_RESULT_MASK	GENMASK_ULL(15, 0)

/*
 * Fast (register-based) calling convention.
 * TLFS: hypercall-interface.md#hypercall-inputs
 */
#define HV_HYPERCALL_FAST_BIT	BIT(16)

/* TLFS: hypercall-interface.md#hypercall-inputs */
#define HV_HYPERCALL_VARHEAD_OFFSET	17

/*
 * Variable header size, in 8-byte units.
 * TLFS: hypercall-interface.md#hypercall-inputs
 */
#define HV_HYPERCALL_VARHEAD_MASK	GENMASK_ULL(26, 17)

/* TLFS: hypercall-interface.md#hypercall-inputs */
#define HV_HYPERCALL_RSVD0_MASK	GENMASK_ULL(31, 27)

/*
 * Is Nested; the L0 hypervisor handles the call.
 * TLFS: hypercall-interface.md#hypercall-inputs
 */
#define HV_HYPERCALL_NESTED	BIT_ULL(31)

/* TLFS: hypercall-interface.md#hypercall-inputs */
#define HV_HYPERCALL_REP_COMP_OFFSET	32

/* TLFS: derived from HV_HYPERCALL_REP_COMP_MASK. */
#define HV_HYPERCALL_REP_COMP_1	BIT_ULL(32)

/*
 * Rep count on input, reps completed on output.
 * TLFS: hypercall-interface.md#hypercall-inputs
 */
#define HV_HYPERCALL_REP_COMP_MASK	GENMASK_ULL(43, 32)

/* TLFS: hypercall-interface.md#hypercall-inputs */
#define HV_HYPERCALL_RSVD1_MASK		GENMASK_ULL(47, 44)
#define HV_HYPERCALL_REP_START_OFFSET	48
#define HV_HYPERCALL_REP_START_MASK	GENMASK_ULL(59, 48)
#define HV_HYPERCALL_RSVD2_MASK		GENMASK_ULL(63, 60)

/* TLFS: derived from HV_HYPERCALL_RSVD0_MASK. */
#define HV_HYPERCALL_RSVD_MASK	\
		(HV_HYPERCALL_RSVD0_MASK | HV_HYPERCALL_RSVD1_MASK | HV_HYPERCALL_RSVD2_MASK)

#if defined(CONFIG_X86)
/*
 * XMM registers that carry fast hypercall input and output.
 * TLFS: hypercall-interface.md#xmm-fast-hypercall-input-x86x64
 */
#define HV_HYPERCALL_MAX_XMM_REGISTERS	6

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallEnablePartitionVtl.md#interface */
union hv_enable_partition_vtl_flags {
	u8 as_uint8;
	struct {
		u8 enable_mbec : 1;
		u8 reserved : 7;
	};
};

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_input_vtl.md */
union hv_input_vtl {
	u8 as_uint8;
	struct {
		u8 target_vtl : 4;
		u8 use_target_vtl : 1;
		u8 reserved_z : 3;
	};
} __packed;

/* TLFS: hypercalls/HvCallCheckForIoIntercept.md#input-parameters */
struct hv_input_check_for_io_intercept {
	u64 partition_id;
	u32 vp_index;
	union hv_input_vtl target_vtl;
	u8 padding_should_be_zero;
	u16 port;
	u8 size;
	u8 is_write;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallEnablePartitionVtl.md#input-parameters */
struct hv_input_enable_partition_vtl {
	u64 target_partition_id;
	u8 target_vtl;
	union hv_enable_partition_vtl_flags flags;
	u8 rsvd_z[6];
} __packed;

/* TLFS: hypercalls/HvCallFlushVirtualAddressSpace.md#input-parameters */
struct hv_input_flush_virtual_address_space {
	u64 address_space;
	u64 flags;
	u64 processor_mask;
} __packed;

/* TLFS: hypercalls/HvCallGetNextChildPartition.md#input-parameters */
struct hv_input_get_next_child_partition {
	u64 parent_partition_id;
	u64 previous_child_partition_id;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpCpuidValues.md#input-parameters-per-repetition-element */
struct hv_input_get_vp_cpuid_values {
	u64 partition_id;
	u32 vp_index;
	union hv_get_vp_cpuid_values_flags flags;
	u32 reserved_z;
	u32 reserved_4;
	u64 cpuid_leaf_info;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_intercept_parameters.md */
union hv_intercept_parameters {
	u64 as_uint64;
#if defined(CONFIG_X86)
	u16 io_port;
	u32 cpuid_index;
	u32 apic_write_mask;
	u16 exception_vector;
	u32 msr_index;
#endif /* CONFIG_X86 */
};

/* TLFS: hypercalls/HvCallInstallIntercept.md#input-parameters */
struct hv_input_install_intercept {
	u64 partition_id;
	u32 access_type;
	u32 intercept_type;
	union hv_intercept_parameters intercept_parameter;
} __packed;

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallInstallInterceptEx.md#input-parameters */
struct hv_input_install_intercept_ex {
	u64 partition_id;
	u8 intercept_input_vtl;
	u16 padding;
	u8 reserved_3;
	u32 intercept_type;
	u8 reserved_4[32];
	union hv_intercept_parameters_ex intercept_parameters_ex[];
} __packed;

#endif /* CONFIG_ARM64 */

/* TLFS: hypercalls/HvCallMapSparseGpaPages.md#input-parameters */
struct hv_input_map_sparse_gpa_pages {
	u64 target_partition_id;
	u64 map_flags;
	struct hv_gpa_mapping page_list[];
} __packed;

/* TLFS: hypercalls/HvCallModifySparseGpaPages.md#input-parameters */
struct hv_input_modify_sparse_gpa_pages {
	u64 target_partition_id;
	u32 map_flags;
	u32 rsvdz;
} __packed;

/* TLFS: hypercalls/HvCallModifySparseGpaPages.md#input-list-element */
struct hv_input_modify_sparse_gpa_pages_list_element {
	u64 gpa_page_number;
} __packed;

/* TLFS: hypercalls/HvCallModifyVtlProtectionMask.md#input-parameters */
struct hv_input_modify_vtl_protection_mask {
	u64 target_partition_id;
	u32 map_flags;
	u8 target_vtl;
	u8 rsvd_z[3];
} __packed;

/* TLFS: hypercalls/HvCallModifyVtlProtectionMask.md#input-list-element */
struct hv_input_modify_vtl_protection_mask_list_element {
	u64 gpa_page_list;
} __packed;

/* TLFS: hypercalls/HvCallNotifyLongSpinWait.md#input-parameters */
struct hv_input_notify_long_spin_wait {
	u32 spin_count;
	u32 rsvd_z;
} __packed;

/* TLFS: hypercalls/HvCallPostMessageDirect.md#input-parameters */
struct hv_input_post_message_direct {
	u64 partition_id;
	u32 vp_index;
	u8 vtl;
	u8 sint_index;
	u16 reserved_4;
	u8 message[240];
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallRegisterInterceptResult.md#input-parameters */
struct hv_input_register_intercept_result {
	u64 partition_id;
	u32 vp_index;
	u32 intercept_type;
	union hv_register_intercept_result_parameters parameters;
} __packed;

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallSetVirtualInterruptTarget.md#input-parameters */
struct hv_input_set_virtual_interrupt_target {
	u64 partition_id;
	u32 interrupt_id;
	u32 vp_index;
	u8 vtl;
} __packed;

#endif /* CONFIG_ARM64 */

/* TLFS: datatypes/hv_connection_id.md */
union hv_connection_id {
	u32 asu32;
	struct {
		u32 id : 24;
		u32 reserved : 8;
	} __packed u;
};

/* TLFS: hypercalls/HvCallSignalEvent.md#input-parameters */
struct hv_input_signal_event {
	union hv_connection_id connection_id;
	u16 flag_number;
	u16 rsvd_z;
} __packed;

/* TLFS: hypercalls/HvCallSignalEventDirect.md#input-parameters */
struct hv_input_signal_event_direct {
	u64 target_partition;
	u32 target_vp;
	u8 target_vtl;
	u8 target_sint;
	u16 flag_number;
} __packed;

/* TLFS: hypercalls/HvCallTranslateVirtualAddress.md#input-parameters */
struct hv_input_translate_virtual_address {
	u64 partition_id;
	u32 vp_index;
	u32 reserved_2;
	u64 control_flags;
	u64 gva_page;
} __packed;

/* TLFS: hypercalls/HvCallTranslateVirtualAddressEx.md#input-parameters */
struct hv_input_translate_virtual_address_ex {
	u64 partition_id;
	u32 vp_index;
	u32 reserved;
	u64 control_flags;
	u64 gva_page;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallCheckForIoIntercept.md#output-parameters */
struct hv_output_check_for_io_intercept {
	u8 intercept;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallGetNextChildPartition.md#output-parameters */
struct hv_output_get_next_child_partition {
	u64 next_child_partition_id;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpCpuidValues.md#output-parameters-per-repetition-element */
struct hv_output_get_vp_cpuid_values {
	union hv_cpuid_result cpuid_result;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallSignalEventDirect.md#output-parameters */
struct hv_output_signal_event_direct {
	u8 newly_signaled;
} __packed;

/* TLFS: hypercalls/HvCallTranslateVirtualAddress.md#output-parameters */
struct hv_output_translate_virtual_address {
	union hv_translate_gva_result translation_result;
	u64 gpa_page;
} __packed;

#if defined(CONFIG_X86)
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
		u64 locked : 1;
		u64 reserved : 10;
		u64 guest_physical_address : 52;
	} __packed;
};

/* TLFS: derived from hv_x64_msr_hypercall_contents. */
#define HV_X64_MSR_HYPERCALL_ENABLE		0x00000001
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT	12
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK	\
		(~((1ull << HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT) - 1))

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallPostMessage.md#input-parameters */
struct hv_input_post_message {
	union hv_connection_id connection_id;
	u32 rsvd_z;
	u32 message_type;
	u32 payload_size;
	u8 message[240];
} __packed;

/* TLFS: hypercall-interface.md#common-hypercall-status-codes */
#define HV_STATUS_SUCCESS			0x0
#define HV_STATUS_INVALID_HYPERCALL_CODE	0x2
#define HV_STATUS_INVALID_HYPERCALL_INPUT	0x3
#define HV_STATUS_INVALID_ALIGNMENT		0x4

/* TLFS: hypercalls/HvCallPostMessage.md#return-values */
#define HV_STATUS_INVALID_PARAMETER	0x5

/* TLFS: hypercall-interface.md#ordering-of-error-conditions */
#define HV_STATUS_ACCESS_DENIED	0x6

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#return-values */
#define HV_STATUS_INVALID_PARTITION_STATE	0x7
#define HV_STATUS_INVALID_PARTITION_ID		0xD
#define HV_STATUS_INVALID_VP_INDEX		0xE

/* TLFS: hypercalls/HvCallPostMessage.md#return-values */
#define HV_STATUS_INVALID_PORT_ID	0x11
#define HV_STATUS_INVALID_CONNECTION_ID	0x12
#define HV_STATUS_INSUFFICIENT_BUFFERS	0x13

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#return-values */
#define HV_STATUS_INVALID_VP_STATE		0x15
#define HV_STATUS_INVALID_REGISTER_VALUE	0x50

/* TLFS: datatypes/hv_proximity_domain_info.md */
struct hv_proximity_domain_flags {
	u32 proximity_preferred : 1;
	u32 reserved : 30;
	u32 proximity_info_valid : 1;
} __packed;

/* TLFS: datatypes/hv_proximity_domain_info.md */
struct hv_proximity_domain_info {
	u32 domain_id;
	struct hv_proximity_domain_flags flags;
} __packed;

/* TLFS: hypercalls/HvCallGetMemoryBalance.md#input-parameters */
struct hv_input_get_memory_balance {
	u64 partition_id;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* TLFS: datatypes/hv_unmap_gpa_flags.md#defined-bits */
#define HV_UNMAP_GPA_LARGE_PAGE	0x2

/* TLFS: datatypes/hv_map_gpa_flags.md#permission-bits-low-4-bits */
#define HV_MAP_GPA_READABLE		0x1
#define HV_MAP_GPA_WRITABLE		0x2
#define HV_MAP_GPA_KERNEL_EXECUTABLE	0x4
#define HV_MAP_GPA_USER_EXECUTABLE	0x8
#define HV_MAP_GPA_PERMISSIONS_MASK	0xF

/* TLFS: datatypes/hv_map_gpa_flags.md#special-page-encodings-mutually-exclusive */
#define HV_MAP_GPA_NO_ACCESS	0x10000

/* TLFS: datatypes/hv_map_gpa_flags.md#mapping-attribute-bits */
#define HV_MAP_GPA_NOT_CACHED	0x200000

/* TLFS: datatypes/hv_map_gpa_flags.md#large-page-mapping */
#define HV_MAP_GPA_LARGE_PAGE	0x80000000

/* TLFS: hypercalls/HvCallDepositMemory.md#input-parameters */
struct hv_deposit_memory {
	u64 partition_id;
	u64 gpa_page_list[];
} __packed;

/* TLFS: hypercalls/HvCallWithdrawMemory.md#input-parameters */
struct hv_input_withdraw_memory {
	u64 partition_id;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* TLFS: hypercalls/HvCallMapGpaPages.md#input-parameters */
struct hv_input_map_gpa_pages {
	u64 target_partition_id;
	u64 target_gpa_base;
	u32 map_flags;
	u32 padding;
	u64 source_gpa_page_list[];
} __packed;

/* TLFS: hypercalls/HvCallUnmapGpaPages.md#input-parameters */
struct hv_input_unmap_gpa_pages {
	u64 target_partition_id;
	u64 target_gpa_base;
	u32 unmap_flags;
	u32 padding;
} __packed;

/* TLFS: hypercalls/HvCallWithdrawMemory.md#output-parameters */
struct hv_output_withdraw_memory {
	DECLARE_FLEX_ARRAY(u64, gpa_page_list);
} __packed;

/*
 * How many pages of a partition's memory pool are free and how many the hypervisor uses.
 * TLFS: hypercalls/HvCallGetMemoryBalance.md#output-parameters
 */
struct hv_output_get_memory_balance {
	u64 pages_available;
	u64 pages_in_use;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: datatypes/overview.md#memory-address-space-types */
#define HV_X64_MAX_PAGE_NUMBER	0xfffffffffffff

#endif /* CONFIG_X86 */

/*
 * log2 of the TLFS's HV_PAGE_SIZE (4 KiB).
 * TLFS: derived from HV_HYP_PAGE_SIZE.
 */
#define HV_HYP_PAGE_SHIFT	12

/* TLFS: datatypes/overview.md#memory-address-space-types */
#define HV_HYP_PAGE_SIZE	BIT(HV_HYP_PAGE_SHIFT)

/*
 * Page-frame mask: the complement of the TLFS's HV_PAGE_MASK, which masks the in-page offset.
 * TLFS: derived from HV_HYP_PAGE_SIZE.
 */
#define HV_HYP_PAGE_MASK	(~(HV_HYP_PAGE_SIZE - 1))

/*
 * A GPA range, in 4 KiB pages or in large pages.
 * TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md#input-list-element
 */
union hv_gpa_page_range {
	u64 address_space;
	struct {
		u64 additional_pages : 11;
		u64 reserved_hdk0 : 1;
		u64 basepfn : 52;
	} page;
};

#if defined(CONFIG_X86)
/*
 * Enlightened VMCS version (low) field, bits 7-0 of CPUID 0x4000000A EAX.
 * TLFS: feature-discovery.md#hypervisor-nested-virtualization-features---0x4000000a
 */
#define HV_X64_ENLIGHTENED_VMCS_VERSION	0xff

/* TLFS: datatypes/hv_vmx_enlightened_vmcs.md#syntax */
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_NONE		0
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_IO_BITMAP	BIT(0)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_MSR_BITMAP	BIT(1)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_GRP2	BIT(2)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_GRP1	BIT(3)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_PROC	BIT(4)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_EVENT	BIT(5)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_ENTRY	BIT(6)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_EXCPN	BIT(7)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CRDR		BIT(8)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_CONTROL_XLAT	BIT(9)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_BASIC	BIT(10)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_GRP1	BIT(11)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_GUEST_GRP2	BIT(12)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_HOST_POINTER	BIT(13)
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_HOST_GRP1	BIT(14)

/*
 * Every clean-field bit the TLFS defines (bits 0-15).
 * TLFS: derived from HV_VMX_ENLIGHTENED_CLEAN_FIELD_ENLIGHTENMENTSCONTROL.
 */
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_ALL	0xFFFF

/* TLFS: nested-virtualization.md#synthetic-vm-exit */
#define HV_VMX_SYNTHETIC_EXIT_REASON_TRAP_AFTER_FLUSH	0x10000031

/*
 * The VMCB clean bit of the enlightenments area.
 * TLFS: nested-virtualization.md#enlighened-vmcb-fields-amd
 */
#define HV_VMCB_NESTED_ENLIGHTENMENTS	31

/* TLFS: nested-virtualization.md#synthetic-vm-exit */
#define HV_SVM_EXITCODE_ENL			0xf0000000
#define HV_SVM_ENL_EXITCODE_TRAP_AFTER_FLUSH	(1)

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressSpace.md#input-parameters */
struct hv_guest_mapping_flush {
	u64 address_space;
	u64 flags;
} __packed;

/*
 * GPA ranges that fit in one input page after AddressSpace and Flags.
 * TLFS: derived from HV_HYP_PAGE_SIZE.
 */
#define HV_MAX_FLUSH_REP_COUNT	\
		((HV_HYP_PAGE_SIZE - 2 * sizeof(u64)) / sizeof(union hv_gpa_page_range))

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md#input-parameters */
struct hv_guest_mapping_flush_list {
	u64 address_space;
	u64 flags;
	union hv_gpa_page_range gpa_list[HV_MAX_FLUSH_REP_COUNT];
};

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_vmx_enlightened_vmcs.md#syntax */
struct hv_enlightened_vmcs {
	u32 revision_id;
	u32 abort;
	u16 host_es_selector;
	u16 host_cs_selector;
	u16 host_ss_selector;
	u16 host_ds_selector;
	u16 host_fs_selector;
	u16 host_gs_selector;
	u16 host_tr_selector;
	u16 padding16_1;
	u64 host_ia32_pat;
	u64 host_ia32_efer;
	u64 host_cr0;
	u64 host_cr3;
	u64 host_cr4;
	u64 host_ia32_sysenter_esp;
	u64 host_ia32_sysenter_eip;
	u64 host_rip;
	u32 host_ia32_sysenter_cs;
	u32 pin_based_vm_exec_control;
	u32 vm_exit_controls;
	u32 secondary_vm_exec_control;
	u64 io_bitmap_a;
	u64 io_bitmap_b;
	u64 msr_bitmap;
	u16 guest_es_selector;
	u16 guest_cs_selector;
	u16 guest_ss_selector;
	u16 guest_ds_selector;
	u16 guest_fs_selector;
	u16 guest_gs_selector;
	u16 guest_ldtr_selector;
	u16 guest_tr_selector;
	u32 guest_es_limit;
	u32 guest_cs_limit;
	u32 guest_ss_limit;
	u32 guest_ds_limit;
	u32 guest_fs_limit;
	u32 guest_gs_limit;
	u32 guest_ldtr_limit;
	u32 guest_tr_limit;
	u32 guest_gdtr_limit;
	u32 guest_idtr_limit;
	u32 guest_es_ar_bytes;
	u32 guest_cs_ar_bytes;
	u32 guest_ss_ar_bytes;
	u32 guest_ds_ar_bytes;
	u32 guest_fs_ar_bytes;
	u32 guest_gs_ar_bytes;
	u32 guest_ldtr_ar_bytes;
	u32 guest_tr_ar_bytes;
	u64 guest_es_base;
	u64 guest_cs_base;
	u64 guest_ss_base;
	u64 guest_ds_base;
	u64 guest_fs_base;
	u64 guest_gs_base;
	u64 guest_ldtr_base;
	u64 guest_tr_base;
	u64 guest_gdtr_base;
	u64 guest_idtr_base;
	u64 padding64_1[3];
	u64 vm_exit_msr_store_addr;
	u64 vm_exit_msr_load_addr;
	u64 vm_entry_msr_load_addr;
	u64 cr3_target_value0;
	u64 cr3_target_value1;
	u64 cr3_target_value2;
	u64 cr3_target_value3;
	u32 page_fault_error_code_mask;
	u32 page_fault_error_code_match;
	u32 cr3_target_count;
	u32 vm_exit_msr_store_count;
	u32 vm_exit_msr_load_count;
	u32 vm_entry_msr_load_count;
	u64 tsc_offset;
	u64 virtual_apic_page_addr;
	u64 vmcs_link_pointer;
	u64 guest_ia32_debugctl;
	u64 guest_ia32_pat;
	u64 guest_ia32_efer;
	u64 guest_pdptr0;
	u64 guest_pdptr1;
	u64 guest_pdptr2;
	u64 guest_pdptr3;
	u64 guest_pending_dbg_exceptions;
	u64 guest_sysenter_esp;
	u64 guest_sysenter_eip;
	u32 guest_activity_state;
	u32 guest_sysenter_cs;
	u64 cr0_guest_host_mask;
	u64 cr4_guest_host_mask;
	u64 cr0_read_shadow;
	u64 cr4_read_shadow;
	u64 guest_cr0;
	u64 guest_cr3;
	u64 guest_cr4;
	u64 guest_dr7;
	u64 host_fs_base;
	u64 host_gs_base;
	u64 host_tr_base;
	u64 host_gdtr_base;
	u64 host_idtr_base;
	u64 host_rsp;
	u64 ept_pointer;
	u16 virtual_processor_id;
	u16 padding16_2[3];
	u64 padding64_2[5];
	u64 guest_physical_address;
	u32 vm_instruction_error;
	u32 vm_exit_reason;
	u32 vm_exit_intr_info;
	u32 vm_exit_intr_error_code;
	u32 idt_vectoring_info_field;
	u32 idt_vectoring_error_code;
	u32 vm_exit_instruction_len;
	u32 vmx_instruction_info;
	u64 exit_qualification;
	u64 exit_io_instruction_ecx;
	u64 exit_io_instruction_esi;
	u64 exit_io_instruction_edi;
	u64 exit_io_instruction_eip;
	u64 guest_linear_address;
	u64 guest_rsp;
	u64 guest_rflags;
	u32 guest_interruptibility_info;
	u32 cpu_based_vm_exec_control;
	u32 exception_bitmap;
	u32 vm_entry_controls;
	u32 vm_entry_intr_info_field;
	u32 vm_entry_exception_error_code;
	u32 vm_entry_instruction_len;
	u32 tpr_threshold;
	u64 guest_rip;
	u32 hv_clean_fields;
	u32 padding32_1;
	u32 hv_synthetic_controls;
	struct {
		u32 nested_flush_hypercall : 1;
		u32 msr_bitmap : 1;
		u32 reserved : 30;
	} __packed hv_enlightenments_control;
	u32 hv_vp_id;
	u32 padding32_2;
	u64 hv_vm_id;
	u64 partition_assist_page;
	u64 padding64_4[4];
	u64 guest_bndcfgs;
	u64 guest_ia32_perf_global_ctrl;
	u64 guest_ia32_s_cet;
	u64 guest_ssp;
	u64 guest_ia32_int_ssp_table_addr;
	u64 guest_ia32_lbr_ctl;
	u64 padding64_5[2];
	u64 xss_exit_bitmap;
	u64 encls_exiting_bitmap;
	u64 host_ia32_perf_global_ctrl;
	u64 tsc_multiplier;
	u64 host_ia32_s_cet;
	u64 host_ssp;
	u64 host_ia32_int_ssp_table_addr;
	u64 padding64_6;
} __packed;

/*
 * The EnlightenmentsControl word of HV_SVM_ENLIGHTENED_VMCB_FIELDS.
 * TLFS: datatypes/hv_svm_enlightened_vmcb_fields.md#syntax
 */
struct hv_enlightenments_control {
	u32 nested_flush_hypercall : 1;
	u32 msr_bitmap : 1;
	u32 enlightened_npt_tlb : 1;
	u32 reserved : 29;
} __packed;

/* TLFS: datatypes/hv_svm_enlightened_vmcb_fields.md#syntax */
struct hv_vmcb_enlightenments {
	struct hv_enlightenments_control hv_enlightenments_control;
	u32 hv_vp_id;
	u64 hv_vm_id;
	u64 partition_assist_page;
	u64 reserved;
} __packed;

/* TLFS: nested-virtualization.md#tsc-emulation */
struct hv_tsc_emulation_status {
	__u64 inprogress : 1;
	__u64 reserved : 63;
} __packed;

/* TLFS: nested-virtualization.md#tsc-emulation */
struct hv_tsc_emulation_control {
	__u64 enabled : 1;
	__u64 reserved : 63;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_crash_ctl_reg_contents.md#syntax */
union hv_crash_ctl_reg_contents {
	u64 as_uint64;
	struct {
		u64 reserved : 58;
		u64 pre_os_id : 3;
		u64 no_crash_dump : 1;
		u64 crash_message : 1;
		u64 crash_notify : 1;
	};
};

#if defined(CONFIG_X86)
/* TLFS: partition-properties.md#guest-crash-enlightenment-interface */
#define HV_X64_MSR_CRASH_P0	0x40000100
#define HV_X64_MSR_CRASH_P1	0x40000101
#define HV_X64_MSR_CRASH_P2	0x40000102
#define HV_X64_MSR_CRASH_P3	0x40000103
#define HV_X64_MSR_CRASH_P4	0x40000104

/* TLFS: datatypes/hv_crash_ctl_reg_contents.md#access */
#define HV_X64_MSR_CRASH_CTL	0x40000105

/* TLFS: derived from HV_X64_MSR_CRASH_P0. */
#define HV_X64_MSR_CRASH_PARAMS	(1 + (HV_X64_MSR_CRASH_P4 - HV_X64_MSR_CRASH_P0))

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_crash_ctl_reg_contents.md#syntax */
#define HV_CRASH_CTL_CRASH_NOTIFY_MSG	BIT_ULL(62)
#define HV_CRASH_CTL_CRASH_NOTIFY	BIT_ULL(63)

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_P0. */
#define HV_MSR_CRASH_P0	(HV_X64_MSR_CRASH_P0)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P0	0x00000210

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P0. */
#define HV_MSR_CRASH_P0	(HV_REGISTER_GUEST_CRASH_P0)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_P1. */
#define HV_MSR_CRASH_P1	(HV_X64_MSR_CRASH_P1)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P1	0x00000211

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P1. */
#define HV_MSR_CRASH_P1	(HV_REGISTER_GUEST_CRASH_P1)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_P2. */
#define HV_MSR_CRASH_P2	(HV_X64_MSR_CRASH_P2)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P2	0x00000212

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P2. */
#define HV_MSR_CRASH_P2	(HV_REGISTER_GUEST_CRASH_P2)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_P3. */
#define HV_MSR_CRASH_P3	(HV_X64_MSR_CRASH_P3)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P3	0x00000213

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P3. */
#define HV_MSR_CRASH_P3	(HV_REGISTER_GUEST_CRASH_P3)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_P4. */
#define HV_MSR_CRASH_P4	(HV_X64_MSR_CRASH_P4)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P4	0x00000214

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_P4. */
#define HV_MSR_CRASH_P4	(HV_REGISTER_GUEST_CRASH_P4)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_CRASH_CTL. */
#define HV_MSR_CRASH_CTL	(HV_X64_MSR_CRASH_CTL)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_CTL	0x00000215

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_GUEST_CRASH_CTL. */
#define HV_MSR_CRASH_CTL	(HV_REGISTER_GUEST_CRASH_CTL)

#endif /* CONFIG_ARM64 */

/*
 * Number of 64-bit banks of processor feature bits.
 * TLFS: datatypes/hv_partition_processor_features.md#syntax
 */
#define HV_PARTITION_PROCESSOR_FEATURES_BANKS	2

/*
 * Processor feature bits (x64 layout, which 7.2 uses on both architectures).
 * TLFS: datatypes/hv_partition_processor_features.md
 */
union hv_partition_processor_features {
	u64 as_uint64[HV_PARTITION_PROCESSOR_FEATURES_BANKS];
	struct {
		u64 sse3_support : 1;
		u64 lahf_sahf_support : 1;
		u64 ssse3_support : 1;
		u64 sse4_1_support : 1;
		u64 sse4_2_support : 1;
		u64 sse4a_support : 1;
		u64 xop_support : 1;
		u64 pop_cnt_support : 1;
		u64 cmpxchg16b_support : 1;
		u64 altmovcr8_support : 1;
		u64 lzcnt_support : 1;
		u64 mis_align_sse_support : 1;
		u64 mmx_ext_support : 1;
		u64 amd3dnow_support : 1;
		u64 extended_amd3dnow_support : 1;
		u64 page_1gb_support : 1;
		u64 aes_support : 1;
		u64 pclmulqdq_support : 1;
		u64 pcid_support : 1;
		u64 fma4_support : 1;
		u64 f16c_support : 1;
		u64 rd_rand_support : 1;
		u64 rd_wr_fs_gs_support : 1;
		u64 smep_support : 1;
		u64 enhanced_fast_string_support : 1;
		u64 bmi1_support : 1;
		u64 bmi2_support : 1;
		u64 reserved_hdk0 : 2;
		u64 movbe_support : 1;
		u64 npiep1_support : 1;
		u64 dep_x87_fpu_save_support : 1;
		u64 rd_seed_support : 1;
		u64 adx_support : 1;
		u64 intel_prefetch_support : 1;
		u64 smap_support : 1;
		u64 hle_support : 1;
		u64 rtm_support : 1;
		u64 rdtscp_support : 1;
		u64 clflushopt_support : 1;
		u64 clwb_support : 1;
		u64 sha_support : 1;
		u64 x87_pointers_saved_support : 1;
		u64 invpcid_support : 1;
		u64 ibrs_support : 1;
		u64 stibp_support : 1;
		u64 ibpb_support : 1;
		u64 unrestricted_guest_support : 1;
		u64 reserved_hdk1 : 1;
		u64 fast_short_rep_mov_support : 1;
		u64 reserved_hdk2 : 2;
		u64 ibrs_all_support : 1;
		u64 reserved_hdk3 : 4;
		u64 rd_pid_support : 1;
		u64 umip_support : 1;
		u64 mbs_no_support : 1;
		u64 mb_clear_support : 1;
		u64 taa_no_support : 1;
		u64 tsx_ctrl_support : 1;
		u64 reserved_bank0 : 1;
		u64 acount_mcount_support : 1;
		u64 tsc_invariant_support : 1;
		u64 cl_zero_support : 1;
		u64 rdpru_support : 1;
		u64 la57_support : 1;
		u64 mbec_support : 1;
		u64 nested_virt_support : 1;
		u64 psfd_support : 1;
		u64 cet_ss_support : 1;
		u64 cet_ibt_support : 1;
		u64 vmx_exception_inject_support : 1;
		u64 reserved_hdk4 : 1;
		u64 umwait_tpause_support : 1;
		u64 movdiri_support : 1;
		u64 movdir64b_support : 1;
		u64 cldemote_support : 1;
		u64 serialize_support : 1;
		u64 tsc_deadline_tmr_support : 1;
		u64 tsc_adjust_support : 1;
		u64 fzlrep_movsb : 1;
		u64 fsrep_stosb : 1;
		u64 fsrep_cmpsb : 1;
		u64 reserved_bank1 : 42;
	} __packed;
};

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_partition_creation_properties.md#syntax */
struct hv_partition_creation_properties_arm64 {
	union hv_partition_processor_features disabled_processor_features;
};

#endif /* CONFIG_ARM64 */

/* TLFS: datatypes/hv_partition_creation_flags.md#syntax */
#define HV_PARTITION_CREATION_FLAG_VTL1_OVERRIDE			BIT_ULL(9)
#define HV_PARTITION_CREATION_FLAG_VTL2_OVERRIDE			BIT_ULL(10)
#define HV_PARTITION_CREATION_FLAG_ENABLE_PERFMON_PMU			BIT_ULL(15)
#define HV_PARTITION_CREATION_FLAG_ENABLE_PERFMON_LBR			BIT_ULL(16)
#define HV_PARTITION_CREATION_FLAG_HYPERCALL_DOORBELL_PAGE_ENABLED	BIT_ULL(20)

/*
 * XSAVE state components to disable (the page names the field, not its bits).
 * TLFS: datatypes/hv_partition_creation_properties.md#syntax
 */
union hv_partition_processor_xsave_features {
	struct {
		u64 reserved1 : 64;
	} __packed;
	u64 as_uint64;
};

/* TLFS: datatypes/hv_partition_creation_properties.md */
struct hv_partition_creation_properties {
	union hv_partition_processor_features disabled_processor_features;
	union hv_partition_processor_xsave_features disabled_processor_xsave_features;
} __packed;

/* TLFS: datatypes/hv_partition_creation_flags.md */
#define HV_PARTITION_CREATION_FLAG_SMT_ENABLED_GUEST			BIT(0)
#define HV_PARTITION_CREATION_FLAG_NESTED_VIRTUALIZATION_CAPABLE	BIT(1)
#define HV_PARTITION_CREATION_FLAG_GPA_SUPER_PAGES_ENABLED		BIT(4)
#define HV_PARTITION_CREATION_FLAG_EXO_PARTITION			BIT(8)
#define HV_PARTITION_CREATION_FLAG_LAPIC_ENABLED			BIT(13)
#define HV_PARTITION_CREATION_FLAG_INTERCEPT_MESSAGE_PAGE_ENABLED	BIT(19)
#define HV_PARTITION_CREATION_FLAG_X2APIC_CAPABLE			BIT(22)

/* TLFS: hypercalls/HvCallCreatePartition.md */
struct hv_input_create_partition {
	u64 flags;
	struct hv_proximity_domain_info proximity_domain_info;
	u32 compatibility_version;
	u32 padding;
	struct hv_partition_creation_properties partition_creation_properties;
} __packed;

/* TLFS: hypercalls/HvCallCreatePartition.md#output-parameters */
struct hv_output_create_partition {
	u64 partition_id;
} __packed;

/* TLFS: hypercalls/HvCallInitializePartition.md#input-parameters */
struct hv_input_initialize_partition {
	u64 partition_id;
} __packed;

/* TLFS: hypercalls/HvCallFinalizePartition.md#input-parameters */
struct hv_input_finalize_partition {
	u64 partition_id;
} __packed;

/* TLFS: hypercalls/HvCallDeletePartition.md#input-parameters */
struct hv_input_delete_partition {
	u64 partition_id;
} __packed;

/* TLFS: datatypes/hv_partition_property_code.md */
enum hv_partition_property_code {
	HV_PARTITION_PROPERTY_PRIVILEGE_FLAGS				= 0x00010000,
	HV_PARTITION_PROPERTY_SYNTHETIC_PROC_FEATURES			= 0x00010001,
	HV_PARTITION_PROPERTY_GPA_PAGE_ACCESS_TRACKING			= 0x00050005,
	HV_PARTITION_PROPERTY_UNIMPLEMENTED_MSR_ACTION			= 0x00050017,
	HV_PARTITION_PROPERTY_PROCESSOR_XSAVE_FEATURES			= 0x00060002,
	HV_PARTITION_PROPERTY_XSAVE_STATES				= 0x00060007,
	HV_PARTITION_PROPERTY_MAX_XSAVE_DATA_SIZE			= 0x00060008,
	HV_PARTITION_PROPERTY_PROCESSOR_CLOCK_FREQUENCY			= 0x00060009,
	HV_PARTITION_PROPERTY_VMM_CAPABILITIES				= 0x00090007,
	HV_PARTITION_PROPERTY_SUSPEND					= 0x00020000,
	HV_PARTITION_PROPERTY_CPU_RESERVE				= 0x00020001,
	HV_PARTITION_PROPERTY_CPU_CAP					= 0x00020002,
	HV_PARTITION_PROPERTY_CPU_WEIGHT				= 0x00020003,
	HV_PARTITION_PROPERTY_CPU_GROUP_ID				= 0x00020004,
	HV_PARTITION_PROPERTY_TIME_FREEZE				= 0x00030003,
	HV_PARTITION_PROPERTY_REFERENCE_TIME				= 0x00030005,
	HV_PARTITION_PROPERTY_VIRTUAL_TLB_PAGE_COUNT			= 0x00050000,
	HV_PARTITION_PROPERTY_VSM_CONFIG				= 0x00050001,
	HV_PARTITION_PROPERTY_ZERO_MEMORY_ON_RESET			= 0x00050002,
	HV_PARTITION_PROPERTY_PROCESSORS_PER_SOCKET			= 0x00050003,
	HV_PARTITION_PROPERTY_NESTED_TLB_SIZE				= 0x00050004,
	HV_PARTITION_PROPERTY_VSM_PERMISSIONS_DIRTY_SINCE_LAST_QUERY	= 0x00050006,
	HV_PARTITION_PROPERTY_ISOLATION_STATE				= 0x0005000C,
	HV_PARTITION_PROPERTY_ISOLATION_CONTROL				= 0x0005000D,
	HV_PARTITION_PROPERTY_ALLOCATION_ID				= 0x0005000E,
	HV_PARTITION_PROPERTY_MONITORING_ID				= 0x0005000F,
	HV_PARTITION_PROPERTY_IMPLEMENTED_PHYSICAL_ADDRESS_BITS		= 0x00050010,
	HV_PARTITION_PROPERTY_NON_ARCHITECTURAL_CORE_SHARING		= 0x00050011,
	HV_PARTITION_PROPERTY_HYPERCALL_DOORBELL_PAGE			= 0x00050012,
	HV_PARTITION_PROPERTY_ISOLATION_POLICY				= 0x00050014,
#if defined(CONFIG_X86)
	HV_PARTITION_PROPERTY_SEV_VMGEXIT_OFFLOADS			= 0x00050022,
#endif /* CONFIG_X86 */
	HV_PARTITION_PROPERTY_PARTITION_DIAG_BUFFER_CONFIG		= 0x00050026,
#if defined(CONFIG_ARM64)
	HV_PARTITION_PROPERTY_GICD_BASE_ADDRESS				= 0x00050028,
	HV_PARTITION_PROPERTY_GITS_TRANSLATER_BASE_ADDRESS		= 0x00050029,
#endif /* CONFIG_ARM64 */
	HV_PARTITION_PROPERTY_PROCESSOR_VENDOR				= 0x00060000,
	HV_PARTITION_PROPERTY_PROCESSOR_CL_FLUSH_SIZE			= 0x00060003,
	HV_PARTITION_PROPERTY_ENLIGHTENMENT_MODIFICATIONS		= 0x00060004,
	HV_PARTITION_PROPERTY_COMPATIBILITY_VERSION			= 0x00060005,
	HV_PARTITION_PROPERTY_PHYSICAL_ADDRESS_WIDTH			= 0x00060006,
	HV_PARTITION_PROPERTY_PROCESSOR_FEATURES0			= 0x0006000A,
	HV_PARTITION_PROPERTY_PROCESSOR_FEATURES1			= 0x0006000B,
	HV_PARTITION_PROPERTY_GUEST_OS_ID				= 0x00070000,
	HV_PARTITION_PROPERTY_PROCESSOR_VIRTUALIZATION_FEATURES		= 0x00080000,
	HV_PARTITION_VP_PROPERTY_SCHEDULING_AFFINITY_SET		= 0x10001000,
};

/* TLFS: hypercalls/HvCallGetPartitionProperty.md#input-parameters */
struct hv_input_get_partition_property {
	u64 partition_id;
	u32 property_code;
	u32 padding;
} __packed;

/* TLFS: hypercalls/HvCallGetPartitionProperty.md#output-parameters */
struct hv_output_get_partition_property {
	u64 property_value;
} __packed;

/* TLFS: hypercalls/HvCallSetPartitionProperty.md */
struct hv_input_set_partition_property {
	u64 partition_id;
	u32 property_code;
	u32 padding;
	u64 property_value;
} __packed;

/*
 * Sets a partition property whose value is larger than the 8 bytes HvCallSetPartitionProperty
 * carries: the value's bytes follow the fixed part.
 * TLFS: hypercalls/HvCallSetPartitionPropertyEx.md#input-parameters
 */
struct hv_input_set_partition_property_ex {
	u64 partition_id;
	u32 property_code;
	u32 padding;
	u64 property_argument;
	u8 property_value[];
} __packed;

/* TLFS: datatypes/hv_synic_event_flags.md */
#define HV_EVENT_FLAGS_COUNT	(256 * 8)

/*
 * Only 7.2 defines it; the TLFS page gives it.
 * TLFS: datatypes/hv_synic_event_flags.md
 */
#define HV_EVENT_FLAGS_BYTE_COUNT	(256)

/* TLFS: derived from HV_EVENT_FLAGS_BYTE_COUNT. */
#define HV_EVENT_FLAGS_LONG_COUNT	(256 / sizeof(unsigned long))

/* TLFS: datatypes/hv_synic_event_flags.md */
union hv_synic_event_flags {
	unsigned char flags8[HV_EVENT_FLAGS_BYTE_COUNT];
	unsigned long flags[HV_EVENT_FLAGS_LONG_COUNT];
};

/*
 * Synthetic interrupt sources per virtual processor.
 * TLFS: datatypes/hv_synic_sint_index.md#syntax
 */
#define HV_SYNIC_SINT_COUNT	(16)

/*
 * The SIEF page; only 7.2 declares it.
 * TLFS: inter-partition-communication.md#sief-page
 */
struct hv_synic_event_flags_page {
	volatile union hv_synic_event_flags event_flags[HV_SYNIC_SINT_COUNT];
};

#if defined(CONFIG_X86)
/* TLFS: vsm.md#on-x64-platforms-4 */
#define HV_X64_MSR_SIRBP	0x40000085

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_message_type.md#syntax */
#define HV_MESSAGE_TYPE_HYPERVISOR_MASK	0x80000000

/* TLFS: datatypes/hv_message.md */
#define HV_MESSAGE_SIZE			(256)
#define HV_MESSAGE_PAYLOAD_BYTE_COUNT	(240)
#define HV_MESSAGE_PAYLOAD_QWORD_COUNT	(30)

/*
 * Message types; the high bit marks types reserved to the hypervisor.
 * TLFS: datatypes/hv_message_type.md#syntax
 */
enum hv_message_type {
	HVMSG_NONE				= 0x00000000,
	HVMSG_UNMAPPED_GPA			= 0x80000000,
	HVMSG_GPA_INTERCEPT			= 0x80000001,
	HVMSG_TIMER_EXPIRED			= 0x80000010,
	HVMSG_INVALID_VP_REGISTER_VALUE		= 0x80000020,
	HVMSG_UNRECOVERABLE_EXCEPTION		= 0x80000021,
	HVMSG_UNSUPPORTED_FEATURE		= 0x80000022,
	HVMSG_OPAQUE_INTERCEPT			= 0x8000003F,
	HVMSG_HYPERCALL_INTERCEPT		= 0x80000050,
	HVMSG_SYNIC_EVENT_INTERCEPT		= 0x80000060,
	HVMSG_SYNIC_SINT_INTERCEPT		= 0x80000061,
	HVMSG_SYNIC_SINT_DELIVERABLE		= 0x80000062,
	HVMSG_ASYNC_CALL_COMPLETION		= 0x80000070,
	HVMSG_SCHEDULER_VP_SIGNAL_BITSET	= 0x80000100,
	HVMSG_SCHEDULER_VP_SIGNAL_PAIR		= 0x80000101,
	HVMSG_X64_IOPORT_INTERCEPT		= 0x80010000,
	HVMSG_X64_MSR_INTERCEPT			= 0x80010001,
	HVMSG_X64_CPUID_INTERCEPT		= 0x80010002,
	HVMSG_X64_EXCEPTION_INTERCEPT		= 0x80010003,
	HVMSG_X64_APIC_EOI			= 0x80010004,
	HVMSG_X64_HALT				= 0x80010007,
	HVMSG_X64_INTERRUPTION_DELIVERABLE	= 0x80010008,
	HVMSG_X64_SIPI_INTERCEPT		= 0x80010009,
	HVMSG_UNACCEPTED_GPA			= 0x80000003,
	HVMSG_GPA_ATTRIBUTE_INTERCEPT		= 0x80000004,
	HVMSG_INSUFFICIENT_MEMORY		= 0x80000071,
	HVMSG_REGISTER_INTERCEPT		= 0x80010006,
#if defined(CONFIG_X86)
	HVMSG_X64_RDTSC_INTERCEPT		= 0x8001000A,
	HVMSG_X64_APIC_SMI_INTERCEPT		= 0x8001000B,
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
	HVMSG_ARM64_RESET_INTERCEPT		= 0x8001000C,
#endif /* CONFIG_ARM64 */
#if defined(CONFIG_X86)
	HVMSG_X64_APIC_INIT_SIPI_INTERCEPT	= 0x8001000D,
	HVMSG_X64_APIC_WRITE_INTERCEPT		= 0x8001000E,
	HVMSG_X64_SNP_GUEST_REQUEST_INTERCEPT	= 0x80010011,
	HVMSG_X64_EXCEPTION_TRAP_INTERCEPT	= 0x80010012,
	HVMSG_X64_SEV_VMGEXIT_INTERCEPT		= 0x80010013,
	HVMSG_X64_MSR_LIST_INTERCEPT		= 0x80010015,
#endif /* CONFIG_X86 */
};

/* TLFS: datatypes/hv_message.md */
union hv_message_flags {
	__u8 asu8;
	struct {
		__u8 msg_pending : 1;
		__u8 reserved : 7;
	} __packed;
};

/* TLFS: datatypes/hv_port_id.md */
union hv_port_id {
	__u32 asu32;
	struct {
		__u32 id : 24;
		__u32 reserved : 8;
	} __packed u;
};

/* TLFS: datatypes/hv_message.md */
struct hv_message_header {
	__u32 message_type;
	__u8 payload_size;
	union hv_message_flags message_flags;
	__u8 reserved[2];
	union {
		__u64 sender;
		union hv_port_id port;
	};
} __packed;

/* TLFS: datatypes/hv_message.md */
struct hv_message {
	struct hv_message_header header;
	union {
		__u64 payload[HV_MESSAGE_PAYLOAD_QWORD_COUNT];
	} u;
} __packed;

/* TLFS: inter-partition-communication.md#sim-page */
struct hv_message_page {
	struct hv_message sint_message[HV_SYNIC_SINT_COUNT];
} __packed;

/* TLFS: datatypes/hv_timer_message_payload.md */
struct hv_timer_message_payload {
	__u32 timer_index;
	__u32 reserved;
	__u64 expiration_time;
	__u64 delivery_time;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: inter-partition-communication.md#synic-registers */
#define HV_X64_MSR_SCONTROL	0x40000080
#define HV_X64_MSR_SVERSION	0x40000081
#define HV_X64_MSR_SIEFP	0x40000082
#define HV_X64_MSR_SIMP		0x40000083
#define HV_X64_MSR_EOM		0x40000084
#define HV_X64_MSR_SINT0	0x40000090
#define HV_X64_MSR_SINT1	0x40000091
#define HV_X64_MSR_SINT2	0x40000092
#define HV_X64_MSR_SINT3	0x40000093
#define HV_X64_MSR_SINT4	0x40000094
#define HV_X64_MSR_SINT5	0x40000095
#define HV_X64_MSR_SINT6	0x40000096
#define HV_X64_MSR_SINT7	0x40000097
#define HV_X64_MSR_SINT8	0x40000098
#define HV_X64_MSR_SINT9	0x40000099
#define HV_X64_MSR_SINT10	0x4000009A
#define HV_X64_MSR_SINT11	0x4000009B
#define HV_X64_MSR_SINT12	0x4000009C
#define HV_X64_MSR_SINT13	0x4000009D
#define HV_X64_MSR_SINT14	0x4000009E
#define HV_X64_MSR_SINT15	0x4000009F

/* TLFS: nested-virtualization.md#nested-synic-msrs */
#define HV_X64_MSR_NESTED_SCONTROL	0x40001080
#define HV_X64_MSR_NESTED_SVERSION	0x40001081
#define HV_X64_MSR_NESTED_SIEFP		0x40001082
#define HV_X64_MSR_NESTED_SIMP		0x40001083
#define HV_X64_MSR_NESTED_EOM		0x40001084
#define HV_X64_MSR_NESTED_SINT0		0x40001090

/* TLFS: derived from HV_X64_MSR_SINT0. */
#define HV_MSR_SINT0	(HV_X64_MSR_SINT0)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_SINT0	0x000A0000

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_SINT0. */
#define HV_MSR_SINT0	(HV_REGISTER_SINT0)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_SVERSION. */
#define HV_MSR_SVERSION	(HV_X64_MSR_SVERSION)
#define HV_MSR_SCONTROL	(HV_X64_MSR_SCONTROL)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_SCONTROL	0x000A0010

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_SCONTROL. */
#define HV_MSR_SCONTROL	(HV_REGISTER_SCONTROL)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_SIEFP. */
#define HV_MSR_SIEFP	(HV_X64_MSR_SIEFP)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_SIEFP	0x000A0012

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_SIEFP. */
#define HV_MSR_SIEFP	(HV_REGISTER_SIEFP)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_SIMP. */
#define HV_MSR_SIMP	(HV_X64_MSR_SIMP)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_SIMP	0x000A0013

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_SIMP. */
#define HV_MSR_SIMP	(HV_REGISTER_SIMP)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_EOM. */
#define HV_MSR_EOM	(HV_X64_MSR_EOM)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_EOM	0x000A0014

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_EOM. */
#define HV_MSR_EOM	(HV_REGISTER_EOM)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_NESTED_SCONTROL. */
#define HV_MSR_NESTED_SCONTROL	(HV_X64_MSR_NESTED_SCONTROL)
#define HV_MSR_NESTED_SVERSION	(HV_X64_MSR_NESTED_SVERSION)
#define HV_MSR_NESTED_SIEFP	(HV_X64_MSR_NESTED_SIEFP)
#define HV_MSR_NESTED_SIMP	(HV_X64_MSR_NESTED_SIMP)
#define HV_MSR_NESTED_EOM	(HV_X64_MSR_NESTED_EOM)
#define HV_MSR_NESTED_SINT0	(HV_X64_MSR_NESTED_SINT0)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_connection_info.md#doorbell-flags-configuration */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_ANY	0x00000000
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_BYTE	0x00000001
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_WORD	0x00000002
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD	0x00000003
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_QWORD	0x00000004
#define HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE	0x80000000

/* TLFS: datatypes/hv_port_type.md#syntax */
enum hv_port_type {
	HV_PORT_TYPE_DOORBELL	= 4,
};

/* TLFS: datatypes/hv_port_info.md#syntax */
struct hv_port_info {
	u32 port_type;
	u32 padding;
	union {
		struct {
			u32 target_sint;
			u32 target_vp;
			u64 rsvdz;
		} doorbell_port_info;
	};
} __packed;

/* TLFS: datatypes/hv_connection_info.md#syntax */
struct hv_connection_info {
	u32 port_type;
	u32 padding;
	union {
		struct {
			u64 gpa;
			u64 trigger_value;
			u64 flags;
		} doorbell_connection_info;
	};
} __packed;

/* TLFS: hypercalls/HvCallCreatePort.md#input-parameters */
struct hv_input_create_port {
	u64 port_partition_id;
	union hv_port_id port_id;
	u8 port_vtl;
	u8 min_connection_vtl;
	u16 padding;
	u64 connection_partition_id;
	struct hv_port_info port_info;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* TLFS: hypercalls/HvCallDeletePort.md#input-parameters */
union hv_input_delete_port {
	u64 as_uint64[2];
	struct {
		u64 port_partition_id;
		union hv_port_id port_id;
		u32 reserved;
	};
} __packed;

/* TLFS: hypercalls/HvCallConnectPort.md#input-parameters */
struct hv_input_connect_port {
	u64 connection_partition_id;
	union hv_connection_id connection_id;
	u8 connection_vtl;
	u8 rsvdz0;
	u16 rsvdz1;
	u64 port_partition_id;
	union hv_port_id port_id;
	u32 reserved2;
	struct hv_connection_info connection_info;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* TLFS: hypercalls/HvCallDisconnectPort.md#input-parameters */
union hv_input_disconnect_port {
	u64 as_uint64[2];
	struct {
		u64 connection_partition_id;
		union hv_connection_id connection_id;
		u32 reserved : 32;
	} __packed;
} __packed;

/* TLFS: inter-partition-communication.md#sintx-registers */
#define HV_SYNIC_FIRST_VALID_VECTOR	(16)

/* TLFS: inter-partition-communication.md#scontrol-register */
#define HV_SYNIC_CONTROL_ENABLE	(1ULL << 0)

/* TLFS: inter-partition-communication.md#simp-register */
#define HV_SYNIC_SIMP_ENABLE	(1ULL << 0)

/* TLFS: inter-partition-communication.md#siefp-register */
#define HV_SYNIC_SIEFP_ENABLE	(1ULL << 0)

/* TLFS: inter-partition-communication.md#sintx-registers */
#define HV_SYNIC_SINT_MASKED		(1ULL << 16)
#define HV_SYNIC_SINT_AUTO_EOI		(1ULL << 17)
#define HV_SYNIC_SINT_VECTOR_MASK	(0xFF)

/*
 * Synthetic interrupt source register (SINTx).
 * TLFS: inter-partition-communication.md#sintx-registers
 */
union hv_synic_sint {
	u64 as_uint64;
	struct {
		u64 vector : 8;
		u64 reserved1 : 8;
		u64 masked : 1;
		u64 auto_eoi : 1;
		u64 polling : 1;
		u64 reserved2 : 45;
	} __packed;
};

/*
 * Synthetic interrupt message page register (SIMP).
 * TLFS: inter-partition-communication.md#simp-register
 */
union hv_synic_simp {
	u64 as_uint64;
	struct {
		u64 simp_enabled : 1;
		u64 preserved : 11;
		u64 base_simp_gpa : 52;
	} __packed;
};

/*
 * Synthetic interrupt event flags page register (SIEFP).
 * TLFS: inter-partition-communication.md#siefp-register
 */
union hv_synic_siefp {
	u64 as_uint64;
	struct {
		u64 siefp_enabled : 1;
		u64 preserved : 11;
		u64 base_siefp_gpa : 52;
	} __packed;
};

/*
 * SynIC control register (SCONTROL).
 * TLFS: inter-partition-communication.md#scontrol-register
 */
union hv_synic_scontrol {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 reserved : 63;
	} __packed;
};

#if defined(CONFIG_X86)
/* TLFS: timers.md#on-x64-platforms */
#define HV_X64_MSR_TIME_REF_COUNT	0x40000020

/* TLFS: timers.md#on-x64-platforms-1 */
#define HV_X64_MSR_REFERENCE_TSC	0x40000021

/* TLFS: vsm.md#on-x64-platforms-5 */
#define HV_X64_MSR_TSC_FREQUENCY	0x40000022

/* TLFS: vsm.md#on-x64-platforms-4 */
#define HV_X64_MSR_APIC_FREQUENCY	0x40000023

/* TLFS: timers.md#on-x64-platforms-2 */
#define HV_X64_MSR_STIMER0_CONFIG	0x400000B0
#define HV_X64_MSR_STIMER0_COUNT	0x400000B1
#define HV_X64_MSR_STIMER1_CONFIG	0x400000B2
#define HV_X64_MSR_STIMER1_COUNT	0x400000B3
#define HV_X64_MSR_STIMER2_CONFIG	0x400000B4
#define HV_X64_MSR_STIMER2_COUNT	0x400000B5
#define HV_X64_MSR_STIMER3_CONFIG	0x400000B6
#define HV_X64_MSR_STIMER3_COUNT	0x400000B7

/* TLFS: timers.md#register-layout */
#define HV_X64_MSR_TSC_REFERENCE_ENABLE		0x00000001
#define HV_X64_MSR_TSC_REFERENCE_ADDRESS_SHIFT	12

/* TLFS: nested-virtualization.md#live-migration-notification */
#define HV_X64_MSR_REENLIGHTENMENT_CONTROL	0x40000106

/* TLFS: nested-virtualization.md#tsc-emulation */
#define HV_X64_MSR_TSC_EMULATION_CONTROL	0x40000107
#define HV_X64_MSR_TSC_EMULATION_STATUS		0x40000108

#endif /* CONFIG_X86 */

/* TLFS: timers.md#synthetic-timer-registers */
#define HV_SYNIC_STIMER_COUNT	(4)

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_TIME_REF_COUNT. */
#define HV_MSR_TIME_REF_COUNT	(HV_X64_MSR_TIME_REF_COUNT)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_TIME_REF_COUNT	0x00090004

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_TIME_REF_COUNT. */
#define HV_MSR_TIME_REF_COUNT	(HV_REGISTER_TIME_REF_COUNT)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_REFERENCE_TSC. */
#define HV_MSR_REFERENCE_TSC	(HV_X64_MSR_REFERENCE_TSC)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_REFERENCE_TSC	0x00090017

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_REFERENCE_TSC. */
#define HV_MSR_REFERENCE_TSC	(HV_REGISTER_REFERENCE_TSC)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_STIMER0_CONFIG. */
#define HV_MSR_STIMER0_CONFIG	(HV_X64_MSR_STIMER0_CONFIG)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-timers */
#define HV_REGISTER_STIMER0_CONFIG	0x000B0000

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_STIMER0_CONFIG. */
#define HV_MSR_STIMER0_CONFIG	(HV_REGISTER_STIMER0_CONFIG)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: derived from HV_X64_MSR_STIMER0_COUNT. */
#define HV_MSR_STIMER0_COUNT	(HV_X64_MSR_STIMER0_COUNT)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#synthetic-timers */
#define HV_REGISTER_STIMER0_COUNT	0x000B0001

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_STIMER0_COUNT. */
#define HV_MSR_STIMER0_COUNT	(HV_REGISTER_STIMER0_COUNT)

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_vmx_enlightened_vmcs.md#syntax */
#define HV_VMX_ENLIGHTENED_CLEAN_FIELD_ENLIGHTENMENTSCONTROL	BIT(15)

/* TLFS: nested-virtualization.md#live-migration-notification */
struct hv_reenlightenment_control {
	__u64 vector : 8;
	__u64 reserved1 : 8;
	__u64 enabled : 1;
	__u64 reserved2 : 15;
	__u64 target_vp : 32;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: timers.md#partition-reference-time-stamp-counter-page */
struct ms_hyperv_tsc_page {
	volatile u32 tsc_sequence;
	u32 reserved1;
	volatile u64 tsc_scale;
	volatile s64 tsc_offset;
} __packed;

/* TLFS: timers.md#synthetic-timer-configuration-register */
union hv_stimer_config {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 periodic : 1;
		u64 lazy : 1;
		u64 auto_enable : 1;
		u64 apic_vector : 8;
		u64 direct_mode : 1;
		u64 reserved_z0 : 3;
		u64 sintx : 4;
		u64 reserved_z1 : 44;
	} __packed;
};

/*
 * Reference time runs in 100 ns units, 10 MHz.
 * TLFS: derived from HV_X64_MSR_TIME_REF_COUNT.
 */
#define HV_CLOCK_HZ	(NSEC_PER_SEC / 100)

/* TLFS: timers.md#register-layout */
union hv_reference_tsc_msr {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 reserved : 11;
		u64 pfn : 52;
	} __packed;
};

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_interrupt_control.md#syntax */
union hv_arm64_interrupt_control {
	u64 as_uint64;
	struct {
		u32 interrupt_type;
		u32 reserved1 : 2;
		u32 asserted : 1;
		u32 reserved2 : 29;
	};
};

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: virtual-interrupts.md#local-apic-msr-accesses-x64-only */
#define HV_X64_MSR_EOI	0x40000070
#define HV_X64_MSR_ICR	0x40000071
#define HV_X64_MSR_TPR	0x40000072

/*
 * Lowest vector a synthetic cluster IPI may send (Vector >= 0x10).
 * TLFS: hypercalls/HvCallSendSyntheticClusterIpi.md#input-parameters
 */
#define HV_IPI_LOW_VECTOR	0x10

/*
 * Highest vector a synthetic cluster IPI may send (Vector <= 0xFF).
 * TLFS: hypercalls/HvCallSendSyntheticClusterIpi.md#input-parameters
 */
#define HV_IPI_HIGH_VECTOR	0xff

/* TLFS: datatypes/hv_interrupt_type.md */
enum hv_interrupt_type {
	HV_X64_INTERRUPT_TYPE_FIXED		= 0x0000,
	HV_X64_INTERRUPT_TYPE_LOWESTPRIORITY	= 0x0001,
	HV_X64_INTERRUPT_TYPE_SMI		= 0x0002,
	HV_X64_INTERRUPT_TYPE_REMOTEREAD	= 0x0003,
	HV_X64_INTERRUPT_TYPE_NMI		= 0x0004,
	HV_X64_INTERRUPT_TYPE_INIT		= 0x0005,
	HV_X64_INTERRUPT_TYPE_SIPI		= 0x0006,
	HV_X64_INTERRUPT_TYPE_EXTINT		= 0x0007,
	HV_X64_INTERRUPT_TYPE_LOCALINT0		= 0x0008,
	HV_X64_INTERRUPT_TYPE_LOCALINT1		= 0x0009,
};

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallSendSyntheticClusterIpi.md#input-parameters */
struct hv_send_ipi {
	u32 vector;
	u32 reserved;
	u64 cpu_mask;
} __packed;

/* TLFS: hypercalls/HvCallSendSyntheticClusterIpiEx.md#input-parameters */
struct hv_send_ipi_ex {
	u32 vector;
	u32 reserved;
	struct hv_vpset vp_set;
} __packed;

/* TLFS: datatypes/hv_interrupt_control.md */
union hv_interrupt_control {
	u64 as_uint64;
	struct {
		u32 interrupt_type;
#if defined(CONFIG_X86)
		u32 level_triggered : 1;
		u32 logical_dest_mode : 1;
		u32 rsvd : 30;
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
		u32 rsvd1 : 2;
		u32 asserted : 1;
		u32 rsvd2 : 29;
#endif /* CONFIG_ARM64 */
	} __packed;
};

/* TLFS: hypercalls/HvCallAssertVirtualInterrupt.md#input-parameters */
struct hv_input_assert_virtual_interrupt {
	u64 partition_id;
	union hv_interrupt_control control;
	u64 dest_addr;
	u32 vector;
	u8 target_vtl;
	u8 rsvd_z0;
	u16 rsvd_z1;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallFlushVirtualAddressListEx.md#input-list-element */
struct hv_input_flush_virtual_address_list_ex_list_element {
	u64 gva_range;
} __packed;

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#input-list-element */
struct hv_input_flush_virtual_address_list_list_element {
	u64 gva_range;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#interface */
#define HV_FLUSH_ALL_PROCESSORS			BIT(0)
#define HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES	BIT(1)
#define HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY	BIT(2)

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#input-parameters */
struct hv_tlb_flush {
	u64 address_space;
	u64 flags;
	u64 processor_mask;
	u64 gva_list[];
} __packed;

/* TLFS: hypercalls/HvCallFlushVirtualAddressListEx.md#input-parameters */
struct hv_tlb_flush_ex {
	u64 address_space;
	u64 flags;
	__TRAILING_OVERLAP(struct hv_vpset, hv_vp_set, bank_contents, __packed,
		u64 gva_list[];
	);
} __packed;

/* TLFS: datatypes/hv_register_value.md#architecture-neutral-members */
union hv_intercept_suspend_register {
	u64 as_uint64;
	struct {
		u64 suspended : 1;
		u64 reserved : 63;
	} __packed;
};

/* TLFS: datatypes/hv_intercept_type.md */
enum hv_intercept_type {
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_IO_PORT					= 0x00000000,
	HV_INTERCEPT_TYPE_X64_MSR					= 0x00000001,
	HV_INTERCEPT_TYPE_X64_CPUID					= 0x00000002,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_EXCEPTION					= 0x00000003,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_GLOBAL_CPUID				= 0x00000006,
	HV_INTERCEPT_TYPE_X64_APIC_SMI					= 0x00000007,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_HYPERCALL					= 0x00000008,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_APIC_INIT_SIPI				= 0x00000009,
	HV_INTERCEPT_TYPE_X64_APIC_WRITE				= 0x0000000B,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_UNKNOWN_SYNIC_CONNECTION			= 0x0000000D,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_APIC_EOI					= 0x0000000E,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_RETARGET_INTERRUPT_WITH_UNKNOWN_DEVICE_ID	= 0x0000000F,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_EXCEPTION_TRAP				= 0x00000010,
	HV_INTERCEPT_TYPE_X64_IO_PORT_RANGE				= 0x00000011,
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
	HV_INTERCEPT_TYPE_REGISTER					= 0x00000012,
	HV_INTERCEPT_TYPE_SYSTEM_RESET_EXTENDED				= 0x00000013,
#endif /* CONFIG_ARM64 */
};

/* TLFS: datatypes/hv_stats_object_type.md */
enum hv_stats_object_type {
	HV_STATS_OBJECT_PARTITION	= 0x00010001,
	HV_STATS_OBJECT_VP		= 0x00010002,
};

/* TLFS: datatypes/hv_stats_object_identity.md */
union hv_stats_object_identity {
	struct {
		u8 reserved[15];
		u8 stats_area_type;
	} __packed hv;
	struct {
		u64 partition_id;
		u8 reserved[7];
		u8 stats_area_type;
	} __packed partition;
	struct {
		u64 partition_id;
		u32 vp_index;
		u16 reserved_hdk0;
		u8 reserved;
		u8 stats_area_type;
	} __packed vp;
};

/* TLFS: hypercalls/HvCallMapStatsPage2.md#input-parameters */
struct hv_input_map_stats_page2 {
	u32 type;
	u32 padding;
	union hv_stats_object_identity identity;
	u64 map_location;
} __packed;

/* TLFS: hypercalls/HvCallUnmapStatsPage.md#input-parameters */
struct hv_input_unmap_stats_page {
	u32 type;
	u32 padding;
	union hv_stats_object_identity identity;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: vp-properties.md#on-x64-platforms */
#define HV_X64_MSR_VP_INDEX	0x40000002

/* TLFS: vsm.md#on-x64-platforms-5 */
#define HV_X64_MSR_RESET	0x40000003

/* TLFS: vp-properties.md#on-x64-platforms-2 */
#define HV_X64_MSR_VP_RUNTIME	0x40000010

/* TLFS: vp-properties.md#virtual-processor-idle-sleep-state-x64-only */
#define HV_X64_MSR_GUEST_IDLE	0x400000F0

/* TLFS: derived from HV_X64_MSR_VP_INDEX. */
#define HV_MSR_VP_INDEX	(HV_X64_MSR_VP_INDEX)

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_VP_INDEX	0x00090003

#if defined(CONFIG_ARM64)
/* TLFS: derived from HV_REGISTER_VP_INDEX. */
#define HV_MSR_VP_INDEX	(HV_REGISTER_VP_INDEX)

#endif /* CONFIG_ARM64 */

/* TLFS: hypercalls/HvCallGetVpRegisters.md#input-list-element */
struct hv_input_get_vp_registers_list_element {
	u32 register_name;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: vsm.md#secure-register-intercepts-x64-only */
union hv_register_cr_intercept_control {
	u64 as_uint64;
	struct {
		u64 cr0_write : 1;
		u64 cr4_write : 1;
		u64 x_cr0_write : 1;
		u64 i_a32_misc_enable_read : 1;
		u64 i_a32_misc_enable_write : 1;
		u64 msr_lstar_read : 1;
		u64 msr_lstar_write : 1;
		u64 msr_star_read : 1;
		u64 msr_star_write : 1;
		u64 msr_cstar_read : 1;
		u64 msr_cstar_write : 1;
		u64 apic_base_msr_read : 1;
		u64 apic_base_msr_write : 1;
		u64 msr_efer_read : 1;
		u64 msr_efer_write : 1;
		u64 gdtr_write : 1;
		u64 idtr_write : 1;
		u64 ldtr_write : 1;
		u64 tr_write : 1;
		u64 msr_sysenter_cs_write : 1;
		u64 msr_sysenter_eip_write : 1;
		u64 msr_sysenter_esp_write : 1;
		u64 msr_sfmask_write : 1;
		u64 msr_tsc_aux_write : 1;
		u64 msr_sgx_launch_control_write : 1;
		u64 rsvd_z : 39;
	};
};

#endif /* CONFIG_X86 */

/* TLFS: vsm.md#hvregistervsmpartitionstatus */
union hv_register_vsm_partition_status {
	u64 as_uint64;
	struct {
		u64 enabled_vtl_set : 16;
		u64 maximum_vtl : 4;
		u64 mbec_enabled_vtl_set : 16;
		u64 reserved_z : 28;
	};
};

/* TLFS: vsm.md#virtual-interrupt-notification-assist */
union hv_register_vsm_vina {
	u64 as_uint64;
	struct {
		u64 vector : 8;
		u64 enabled : 1;
		u64 auto_reset : 1;
		u64 auto_eoi : 1;
		u64 reserved_p : 53;
	};
};

/* TLFS: vsm.md#configuring-lower-vtls */
union hv_register_vsm_vp_secure_vtl_config {
	u64 as_uint64;
	struct {
		u64 mbec_enabled : 1;
		u64 tlb_locked : 1;
		u64 reserved_z : 62;
	};
};

/* TLFS: vsm.md#hvregistervsmvpstatus */
union hv_register_vsm_vp_status {
	u64 as_uint64;
	struct {
		u64 active_vtl : 4;
		u64 active_mbec_enabled : 1;
		u64 reserved_z0 : 11;
		u64 enabled_vtl_set : 16;
		u64 reserved_z1 : 32;
	};
};

/* TLFS: vsm.md#virtual-trust-level-vtl */
#define HV_NUM_VTLS	2
#define HV_INVALID_VTL	((u8)-1)
#define HV_VTL_ALL	0xF

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_x64_segment_register.md */
struct hv_x64_segment_register {
	u64 base;
	u32 limit;
	u16 selector;
	union {
		struct {
			u16 segment_type : 4;
			u16 non_system_segment : 1;
			u16 descriptor_privilege_level : 2;
			u16 present : 1;
			u16 reserved : 4;
			u16 available : 1;
			u16 _long : 1;
			u16 _default : 1;
			u16 granularity : 1;
		} __packed;
		u16 attributes;
	};
} __packed;

/* TLFS: datatypes/hv_x64_table_register.md */
struct hv_x64_table_register {
	u16 pad[3];
	u16 limit;
	u64 base;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: vsm.md#partition-configuration */
union hv_register_vsm_partition_config {
	u64 as_uint64;
	struct {
		u64 enable_vtl_protection : 1;
		u64 default_vtl_protection_mask : 4;
		u64 zero_memory_on_reset : 1;
		u64 deny_lower_vtl_startup : 1;
		u64 reserved_hdk0 : 2;
		u64 intercept_vp_startup : 1;
		u64 reserved_hdk1 : 3;
		u64 mbz : 51;
	} __packed;
};

/* TLFS: vsm.md#on-x64-platforms-1 */
union hv_register_vsm_capabilities {
	u64 as_uint64;
	struct {
		u64 dr6_shared : 1;
		u64 mbec_vtl_mask : 16;
		u64 deny_lower_vtl_startup : 1;
		u64 reserved : 46;
	} __packed;
};

/* TLFS: vsm.md#hypercall-page-assist-x64-only */
union hv_register_vsm_page_offsets {
	struct {
		u64 vtl_call_offset : 12;
		u64 vtl_return_offset : 12;
		u64 reserved_mbz : 40;
	} __packed;
	u64 as_uint64;
};

/* TLFS: datatypes/hv_register_name.md */
enum hv_register_name {
	HV_REGISTER_EXPLICIT_SUSPEND				= 0x00000000,
	HV_REGISTER_INTERCEPT_SUSPEND				= 0x00000001,
	HV_REGISTER_DISPATCH_SUSPEND				= 0x00000003,
	HV_REGISTER_PRIVILEGES_AND_FEATURES_INFO		= 0x00000200,
	HV_REGISTER_FEATURES_INFO				= 0x00000201,
	HV_REGISTER_IMPLEMENTATION_LIMITS_INFO			= 0x00000202,
	HV_REGISTER_HARDWARE_FEATURES_INFO			= 0x00000203,
	HV_REGISTER_CPU_MANAGEMENT_FEATURES_INFO		= 0x00000204,
	HV_REGISTER_NESTED_VIRT_FEATURES_INFO			= 0x00000207,
	HV_REGISTER_IPT_FEATURES_INFO				= 0x00000208,
	HV_REGISTER_VP_RUNTIME					= 0x00090000,
	HV_REGISTER_CPU_MANAGEMENT_VERSION			= 0x00090007,
	HV_REGISTER_VP_ASSIST_PAGE				= 0x00090013,
	HV_REGISTER_VP_ROOT_SIGNAL_COUNT			= 0x00090014,
	HV_REGISTER_SINT1					= 0x000A0001,
	HV_REGISTER_SINT2					= 0x000A0002,
	HV_REGISTER_SINT3					= 0x000A0003,
	HV_REGISTER_SINT4					= 0x000A0004,
	HV_REGISTER_SINT5					= 0x000A0005,
	HV_REGISTER_SINT6					= 0x000A0006,
	HV_REGISTER_SINT7					= 0x000A0007,
	HV_REGISTER_SINT8					= 0x000A0008,
	HV_REGISTER_SINT9					= 0x000A0009,
	HV_REGISTER_SINT10					= 0x000A000A,
	HV_REGISTER_SINT11					= 0x000A000B,
	HV_REGISTER_SINT12					= 0x000A000C,
	HV_REGISTER_SINT13					= 0x000A000D,
	HV_REGISTER_SINT14					= 0x000A000E,
	HV_REGISTER_SINT15					= 0x000A000F,
	HV_REGISTER_SVERSION					= 0x000A0011,
	HV_REGISTER_SIRBP					= 0x000A0015,
	HV_REGISTER_VSM_VP_STATUS				= 0x000D0003,
	HV_REGISTER_VSM_CODE_PAGE_OFFSETS			= 0x000D0002,
	HV_REGISTER_VSM_CAPABILITIES				= 0x000D0006,
	HV_REGISTER_VSM_PARTITION_CONFIG			= 0x000D0007,
#if defined(CONFIG_X86)
	HV_X64_REGISTER_DR0					= 0x00050000,
	HV_X64_REGISTER_DR1					= 0x00050001,
	HV_X64_REGISTER_DR2					= 0x00050002,
	HV_X64_REGISTER_DR3					= 0x00050003,
	HV_X64_REGISTER_DR6					= 0x00050004,
	HV_X64_REGISTER_DR7					= 0x00050005,
	HV_X64_REGISTER_MSR_MTRR_CAP				= 0x0008000D,
	HV_X64_REGISTER_MSR_MTRR_DEF_TYPE			= 0x0008000E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE0			= 0x00080010,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE1			= 0x00080011,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE2			= 0x00080012,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE3			= 0x00080013,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE4			= 0x00080014,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE5			= 0x00080015,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE6			= 0x00080016,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE7			= 0x00080017,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE8			= 0x00080018,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE9			= 0x00080019,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEA			= 0x0008001A,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEB			= 0x0008001B,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEC			= 0x0008001C,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASED			= 0x0008001D,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEE			= 0x0008001E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEF			= 0x0008001F,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK0			= 0x00080040,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK1			= 0x00080041,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK2			= 0x00080042,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK3			= 0x00080043,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK4			= 0x00080044,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK5			= 0x00080045,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK6			= 0x00080046,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK7			= 0x00080047,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK8			= 0x00080048,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK9			= 0x00080049,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKA			= 0x0008004A,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKB			= 0x0008004B,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKC			= 0x0008004C,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKD			= 0x0008004D,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKE			= 0x0008004E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKF			= 0x0008004F,
	HV_X64_REGISTER_MSR_MTRR_FIX64K00000			= 0x00080070,
	HV_X64_REGISTER_MSR_MTRR_FIX16K80000			= 0x00080071,
	HV_X64_REGISTER_MSR_MTRR_FIX16KA0000			= 0x00080072,
	HV_X64_REGISTER_MSR_MTRR_FIX4KC0000			= 0x00080073,
	HV_X64_REGISTER_MSR_MTRR_FIX4KC8000			= 0x00080074,
	HV_X64_REGISTER_MSR_MTRR_FIX4KD0000			= 0x00080075,
	HV_X64_REGISTER_MSR_MTRR_FIX4KD8000			= 0x00080076,
	HV_X64_REGISTER_MSR_MTRR_FIX4KE0000			= 0x00080077,
	HV_X64_REGISTER_MSR_MTRR_FIX4KE8000			= 0x00080078,
	HV_X64_REGISTER_MSR_MTRR_FIX4KF0000			= 0x00080079,
	HV_X64_REGISTER_MSR_MTRR_FIX4KF8000			= 0x0008007A,
#endif /* CONFIG_X86 */
	HV_REGISTER_INSTRUCTION_EMULATION_HINTS			= 0x00000002,
	HV_REGISTER_INTERNAL_ACTIVITY_STATE			= 0x00000004,
	HV_REGISTER_PASID_FEATURES_INFO				= 0x00000205,
	HV_REGISTER_PROCESSOR_CLOCK_FREQUENCY			= 0x00000240,
	HV_REGISTER_INTERRUPT_CLOCK_FREQUENCY			= 0x00000241,
	HV_REGISTER_GUEST_IDLE					= 0x00000250,
	HV_REGISTER_DEBUG_DEVICE_OPTIONS			= 0x00000260,
	HV_REGISTER_MEMORY_ZEROING_CONTROL			= 0x00000270,
	HV_REGISTER_PENDING_EVENT0				= 0x00010004,
	HV_REGISTER_PENDING_EVENT1				= 0x00010005,
	HV_REGISTER_DELIVERABILITY_NOTIFICATIONS		= 0x00010006,
	HV_REGISTER_PENDING_EVENT2				= 0x00010008,
	HV_REGISTER_PENDING_EVENT3				= 0x00010009,
	HV_REGISTER_REFERENCE_TSC_SEQUENCE			= 0x0009001A,
	HV_REGISTER_NESTED_VP_INDEX				= 0x00091003,
	HV_REGISTER_STATS_PARTITION_RETAIL			= 0x00090020,
	HV_REGISTER_STATS_VP_RETAIL				= 0x00090022,
	HV_REGISTER_STIMER1_CONFIG				= 0x000B0002,
	HV_REGISTER_STIMER1_COUNT				= 0x000B0003,
	HV_REGISTER_STIMER2_CONFIG				= 0x000B0004,
	HV_REGISTER_STIMER2_COUNT				= 0x000B0005,
	HV_REGISTER_STIMER3_CONFIG				= 0x000B0006,
	HV_REGISTER_STIMER3_COUNT				= 0x000B0007,
	HV_REGISTER_STIME_UNHALTED_TIMER_CONFIG			= 0x000B0100,
	HV_REGISTER_STIME_UNHALTED_TIMER_COUNT			= 0x000B0101,
	HV_REGISTER_VSM_PARTITION_STATUS			= 0x000D0004,
	HV_REGISTER_VSM_VINA					= 0x000D0005,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL0			= 0x000D0010,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL1			= 0x000D0011,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL2			= 0x000D0012,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL3			= 0x000D0013,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL4			= 0x000D0014,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL5			= 0x000D0015,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL6			= 0x000D0016,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL7			= 0x000D0017,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL8			= 0x000D0018,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL9			= 0x000D0019,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL10			= 0x000D001A,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL11			= 0x000D001B,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL12			= 0x000D001C,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL13			= 0x000D001D,
	HV_REGISTER_VSM_VP_SECURE_CONFIG_VTL14			= 0x000D001E,
	HV_REGISTER_VSM_VP_WAIT_FOR_TLB_LOCK			= 0x000D0020,
	HV_REGISTER_ISOLATION_CAPABILITIES			= 0x000D0100,
#if defined(CONFIG_X86)
	HV_REGISTER_PENDING_INTERRUPTION			= 0x00010002,
	HV_REGISTER_INTERRUPT_STATE				= 0x00010003,
	HV_X64_REGISTER_PENDING_DEBUG_EXCEPTION			= 0x00010007,
	HV_X64_REGISTER_RAX					= 0x00020000,
	HV_X64_REGISTER_RCX					= 0x00020001,
	HV_X64_REGISTER_RDX					= 0x00020002,
	HV_X64_REGISTER_RBX					= 0x00020003,
	HV_X64_REGISTER_RSP					= 0x00020004,
	HV_X64_REGISTER_RBP					= 0x00020005,
	HV_X64_REGISTER_RSI					= 0x00020006,
	HV_X64_REGISTER_RDI					= 0x00020007,
	HV_X64_REGISTER_R8					= 0x00020008,
	HV_X64_REGISTER_R9					= 0x00020009,
	HV_X64_REGISTER_R10					= 0x0002000A,
	HV_X64_REGISTER_R11					= 0x0002000B,
	HV_X64_REGISTER_R12					= 0x0002000C,
	HV_X64_REGISTER_R13					= 0x0002000D,
	HV_X64_REGISTER_R14					= 0x0002000E,
	HV_X64_REGISTER_R15					= 0x0002000F,
	HV_X64_REGISTER_RIP					= 0x00020010,
	HV_X64_REGISTER_RFLAGS					= 0x00020011,
	HV_X64_REGISTER_XMM0					= 0x00030000,
	HV_X64_REGISTER_XMM1					= 0x00030001,
	HV_X64_REGISTER_XMM2					= 0x00030002,
	HV_X64_REGISTER_XMM3					= 0x00030003,
	HV_X64_REGISTER_XMM4					= 0x00030004,
	HV_X64_REGISTER_XMM5					= 0x00030005,
	HV_X64_REGISTER_XMM6					= 0x00030006,
	HV_X64_REGISTER_XMM7					= 0x00030007,
	HV_X64_REGISTER_XMM8					= 0x00030008,
	HV_X64_REGISTER_XMM9					= 0x00030009,
	HV_X64_REGISTER_XMM10					= 0x0003000A,
	HV_X64_REGISTER_XMM11					= 0x0003000B,
	HV_X64_REGISTER_XMM12					= 0x0003000C,
	HV_X64_REGISTER_XMM13					= 0x0003000D,
	HV_X64_REGISTER_XMM14					= 0x0003000E,
	HV_X64_REGISTER_XMM15					= 0x0003000F,
	HV_X64_REGISTER_FP_MMX0					= 0x00030010,
	HV_X64_REGISTER_FP_MMX1					= 0x00030011,
	HV_X64_REGISTER_FP_MMX2					= 0x00030012,
	HV_X64_REGISTER_FP_MMX3					= 0x00030013,
	HV_X64_REGISTER_FP_MMX4					= 0x00030014,
	HV_X64_REGISTER_FP_MMX5					= 0x00030015,
	HV_X64_REGISTER_FP_MMX6					= 0x00030016,
	HV_X64_REGISTER_FP_MMX7					= 0x00030017,
	HV_X64_REGISTER_FP_CONTROL_STATUS			= 0x00030018,
	HV_X64_REGISTER_XMM_CONTROL_STATUS			= 0x00030019,
	HV_X64_REGISTER_CR0					= 0x00040000,
	HV_X64_REGISTER_CR2					= 0x00040001,
	HV_X64_REGISTER_CR3					= 0x00040002,
	HV_X64_REGISTER_CR4					= 0x00040003,
	HV_X64_REGISTER_CR8					= 0x00040004,
	HV_X64_REGISTER_XFEM					= 0x00040005,
	HV_X64_REGISTER_INTERMEDIATE_CR0			= 0x00041000,
	HV_X64_REGISTER_INTERMEDIATE_CR4			= 0x00041003,
	HV_X64_REGISTER_INTERMEDIATE_CR8			= 0x00041004,
	HV_X64_REGISTER_ES					= 0x00060000,
	HV_X64_REGISTER_CS					= 0x00060001,
	HV_X64_REGISTER_SS					= 0x00060002,
	HV_X64_REGISTER_DS					= 0x00060003,
	HV_X64_REGISTER_FS					= 0x00060004,
	HV_X64_REGISTER_GS					= 0x00060005,
	HV_X64_REGISTER_LDTR					= 0x00060006,
	HV_X64_REGISTER_TR					= 0x00060007,
	HV_X64_REGISTER_IDTR					= 0x00070000,
	HV_X64_REGISTER_GDTR					= 0x00070001,
	HV_X64_REGISTER_TSC					= 0x00080000,
	HV_X64_REGISTER_EFER					= 0x00080001,
	HV_X64_REGISTER_KERNEL_GS_BASE				= 0x00080002,
	HV_X64_REGISTER_APIC_BASE				= 0x00080003,
	HV_X64_REGISTER_PAT					= 0x00080004,
	HV_X64_REGISTER_SYSENTER_CS				= 0x00080005,
	HV_X64_REGISTER_SYSENTER_EIP				= 0x00080006,
	HV_X64_REGISTER_SYSENTER_ESP				= 0x00080007,
	HV_X64_REGISTER_STAR					= 0x00080008,
	HV_X64_REGISTER_LSTAR					= 0x00080009,
	HV_X64_REGISTER_CSTAR					= 0x0008000A,
	HV_X64_REGISTER_SFMASK					= 0x0008000B,
	HV_X64_REGISTER_INITIAL_APIC_ID				= 0x0008000C,
	HV_X64_REGISTER_TSC_AUX					= 0x0008007B,
	HV_X64_REGISTER_BNDCFGS					= 0x0008007C,
	HV_X64_REGISTER_DEBUG_CTL				= 0x0008007D,
	HV_X64_REGISTER_M_COUNT					= 0x0008007E,
	HV_X64_REGISTER_A_COUNT					= 0x0008007F,
	HV_X64_REGISTER_SGX_LAUNCH_CONTROL0			= 0x00080080,
	HV_X64_REGISTER_SGX_LAUNCH_CONTROL1			= 0x00080081,
	HV_X64_REGISTER_SGX_LAUNCH_CONTROL2			= 0x00080082,
	HV_X64_REGISTER_SGX_LAUNCH_CONTROL3			= 0x00080083,
	HV_X64_REGISTER_SPEC_CTRL				= 0x00080084,
	HV_X64_REGISTER_PRED_CMD				= 0x00080085,
	HV_X64_REGISTER_VIRT_SPEC_CTRL				= 0x00080086,
	HV_X64_REGISTER_TSC_VIRTUAL_OFFSET			= 0x00080087,
	HV_X64_REGISTER_TSX_CTRL				= 0x00080088,
	HV_X64_REGISTER_XSS					= 0x0008008B,
	HV_X64_REGISTER_U_CET					= 0x0008008C,
	HV_X64_REGISTER_S_CET					= 0x0008008D,
	HV_X64_REGISTER_SSP					= 0x0008008E,
	HV_X64_REGISTER_PL0_SSP					= 0x0008008F,
	HV_X64_REGISTER_PL1_SSP					= 0x00080090,
	HV_X64_REGISTER_PL2_SSP					= 0x00080091,
	HV_X64_REGISTER_PL3_SSP					= 0x00080092,
	HV_X64_REGISTER_INTERRUPT_SSP_TABLE_ADDR		= 0x00080093,
	HV_X64_REGISTER_TSC_DEADLINE				= 0x00080095,
	HV_X64_REGISTER_TSC_ADJUST				= 0x00080096,
	HV_X64_REGISTER_UMWAIT_CONTROL				= 0x00080098,
	HV_X64_REGISTER_XFD					= 0x00080099,
	HV_X64_REGISTER_XFD_ERR					= 0x0008009A,
	HV_X64_REGISTER_MSR_IA32_MISC_ENABLE			= 0x000800A0,
	HV_X64_REGISTER_IA32_FEATURE_CONTROL			= 0x000800A1,
	HV_X64_REGISTER_IA32_VMX_BASIC				= 0x000800A2,
	HV_X64_REGISTER_IA32_VMX_PINBASED_CTLS			= 0x000800A3,
	HV_X64_REGISTER_IA32_VMX_EXIT_CTLS			= 0x000800A5,
	HV_X64_REGISTER_IA32_VMX_ENTRY_CTLS			= 0x000800A6,
	HV_X64_REGISTER_IA32_VMX_MISC				= 0x000800A7,
	HV_X64_REGISTER_IA32_VMX_CR0_FIXED0			= 0x000800A8,
	HV_X64_REGISTER_IA32_VMX_CR0_FIXED1			= 0x000800A9,
	HV_X64_REGISTER_IA32_VMX_CR4_FIXED0			= 0x000800AA,
	HV_X64_REGISTER_IA32_VMX_CR4_FIXED1			= 0x000800AB,
	HV_X64_REGISTER_IA32_VMX_VMCS_ENUM			= 0x000800AC,
	HV_X64_REGISTER_IA32_VMX_PROCBASED_CTLS2		= 0x000800AD,
	HV_X64_REGISTER_IA32_VMX_EPT_VPID_CAP			= 0x000800AE,
	HV_X64_REGISTER_IA32_VMX_TRUE_PINBASED_CTLS		= 0x000800AF,
	HV_X64_REGISTER_IA32_VMX_TRUE_PROCBASED_CTLS		= 0x000800B0,
	HV_X64_REGISTER_IA32_VMX_TRUE_EXIT_CTLS			= 0x000800B1,
	HV_X64_REGISTER_IA32_VMX_TRUE_ENTRY_CTLS		= 0x000800B2,
	HV_X64_REGISTER_AMD_VM_HSAVE_PA				= 0x000800B3,
	HV_X64_REGISTER_AMD_VM_CR				= 0x000800B4,
	HV_X64_REGISTER_PERF_GLOBAL_CTRL			= 0x00081000,
	HV_X64_REGISTER_PERF_GLOBAL_STATUS			= 0x00081001,
	HV_X64_REGISTER_PERF_GLOBAL_IN_USE			= 0x00081002,
	HV_X64_REGISTER_FIXED_CTR_CTRL				= 0x00081003,
	HV_X64_REGISTER_DS_AREA					= 0x00081004,
	HV_X64_REGISTER_PEBS_ENABLE				= 0x00081005,
	HV_X64_REGISTER_PEBS_LD_LAT				= 0x00081006,
	HV_X64_REGISTER_PEBS_FRONTEND				= 0x00081007,
	HV_X64_REGISTER_RTIT_CTL				= 0x00081008,
	HV_X64_REGISTER_RTIT_STATUS				= 0x00081009,
	HV_X64_REGISTER_RTIT_OUTPUT_BASE			= 0x0008100A,
	HV_X64_REGISTER_RTIT_OUTPUT_MASK_PTRS			= 0x0008100B,
	HV_X64_REGISTER_RTIT_CR3_MATCH				= 0x0008100C,
	HV_X64_REGISTER_PERF_EVT_SEL0				= 0x00081100,
	HV_X64_REGISTER_PMC0					= 0x00081200,
	HV_X64_REGISTER_FIXED_CTR0				= 0x00081300,
	HV_X64_REGISTER_LBR_TOS					= 0x00082000,
	HV_X64_REGISTER_LBR_SELECT				= 0x00082001,
	HV_X64_REGISTER_LER_FROM_LIP				= 0x00082002,
	HV_X64_REGISTER_LER_TO_LIP				= 0x00082003,
	HV_X64_REGISTER_LBR_FROM0				= 0x00082100,
	HV_X64_REGISTER_LBR_TO0					= 0x00082200,
	HV_X64_REGISTER_LBR_INFO0				= 0x00083300,
	HV_X64_REGISTER_APIC_ID					= 0x00084802,
	HV_X64_REGISTER_APIC_VERSION				= 0x00084803,
	HV_X64_REGISTER_APIC_TPR				= 0x00084808,
	HV_X64_REGISTER_APIC_PPR				= 0x0008480A,
	HV_X64_REGISTER_APIC_EOI				= 0x0008480B,
	HV_X64_REGISTER_APIC_LDR				= 0x0008480D,
	HV_X64_REGISTER_APIC_SPURIOUS				= 0x0008480F,
	HV_X64_REGISTER_APIC_ISR0				= 0x00084810,
	HV_X64_REGISTER_APIC_ISR1				= 0x00084811,
	HV_X64_REGISTER_APIC_ISR2				= 0x00084812,
	HV_X64_REGISTER_APIC_ISR3				= 0x00084813,
	HV_X64_REGISTER_APIC_ISR4				= 0x00084814,
	HV_X64_REGISTER_APIC_ISR5				= 0x00084815,
	HV_X64_REGISTER_APIC_ISR6				= 0x00084816,
	HV_X64_REGISTER_APIC_ISR7				= 0x00084817,
	HV_X64_REGISTER_APIC_TMR0				= 0x00084818,
	HV_X64_REGISTER_APIC_TMR1				= 0x00084819,
	HV_X64_REGISTER_APIC_TMR2				= 0x0008481A,
	HV_X64_REGISTER_APIC_TMR3				= 0x0008481B,
	HV_X64_REGISTER_APIC_TMR4				= 0x0008481C,
	HV_X64_REGISTER_APIC_TMR5				= 0x0008481D,
	HV_X64_REGISTER_APIC_TMR6				= 0x0008481E,
	HV_X64_REGISTER_APIC_TMR7				= 0x0008481F,
	HV_X64_REGISTER_APIC_IRR0				= 0x00084820,
	HV_X64_REGISTER_APIC_IRR1				= 0x00084821,
	HV_X64_REGISTER_APIC_IRR2				= 0x00084822,
	HV_X64_REGISTER_APIC_IRR3				= 0x00084823,
	HV_X64_REGISTER_APIC_IRR4				= 0x00084824,
	HV_X64_REGISTER_APIC_IRR5				= 0x00084825,
	HV_X64_REGISTER_APIC_IRR6				= 0x00084826,
	HV_X64_REGISTER_APIC_IRR7				= 0x00084827,
	HV_X64_REGISTER_APIC_ESE				= 0x00084828,
	HV_X64_REGISTER_APIC_ICR				= 0x00084830,
	HV_X64_REGISTER_APIC_LVT_TIMER				= 0x00084832,
	HV_X64_REGISTER_APIC_LVT_THERMAL			= 0x00084833,
	HV_X64_REGISTER_APIC_LVT_PERFMON			= 0x00084834,
	HV_X64_REGISTER_APIC_LVT_LINT0				= 0x00084835,
	HV_X64_REGISTER_APIC_LVT_LINT1				= 0x00084836,
	HV_X64_REGISTER_APIC_LVT_ERROR				= 0x00084837,
	HV_X64_REGISTER_APIC_INIT_COUNT				= 0x00084838,
	HV_X64_REGISTER_APIC_CURRENT_COUNT			= 0x00084839,
	HV_X64_REGISTER_APIC_DIVIDE				= 0x0008483E,
	HV_X64_REGISTER_APIC_SELF_IPI				= 0x0008483F,
	HV_X64_REGISTER_HYPERCALL				= 0x00090001,
	HV_X64_REGISTER_SYNTHETIC_EOI				= 0x00090010,
	HV_X64_REGISTER_SYNTHETIC_ICR				= 0x00090011,
	HV_X64_REGISTER_SYNTHETIC_TPR				= 0x00090012,
	HV_X64_REGISTER_EMULATED_TIMER_PERIOD			= 0x00090030,
	HV_X64_REGISTER_EMULATED_TIMER_CONTROL			= 0x00090031,
	HV_X64_REGISTER_PM_TIMER_ASSIST				= 0x00090032,
	HV_X64_REGISTER_SEV_CONTROL				= 0x00090040,
	HV_X64_REGISTER_SEV_GHCB_GPA				= 0x00090041,
	HV_X64_REGISTER_SEV_AVIC_GPA				= 0x00090043,
	HV_X64_REGISTER_NESTED_GUEST_STATE			= 0x00090050,
	HV_X64_REGISTER_NESTED_CURRENT_VM_GPA			= 0x00090051,
	HV_X64_REGISTER_NESTED_VMX_INV_EPT			= 0x00090052,
	HV_X64_REGISTER_NESTED_VMX_INV_VPID			= 0x00090053,
	HV_X64_REGISTER_CR_INTERCEPT_CONTROL			= 0x000E0000,
	HV_X64_REGISTER_CR_INTERCEPT_CR0_MASK			= 0x000E0001,
	HV_X64_REGISTER_CR_INTERCEPT_CR4_MASK			= 0x000E0002,
	HV_X64_REGISTER_CR_INTERCEPT_IA32_MISC_ENABLE_MASK	= 0x000E0003,
	HV_X64_REGISTER_GHCB					= 0x00090019,
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
	HV_ARM64_REGISTER_X0					= 0x00020000,
	HV_ARM64_REGISTER_X1					= 0x00020001,
	HV_ARM64_REGISTER_X2					= 0x00020002,
	HV_ARM64_REGISTER_X3					= 0x00020003,
	HV_ARM64_REGISTER_X4					= 0x00020004,
	HV_ARM64_REGISTER_X5					= 0x00020005,
	HV_ARM64_REGISTER_X6					= 0x00020006,
	HV_ARM64_REGISTER_X7					= 0x00020007,
	HV_ARM64_REGISTER_X8					= 0x00020008,
	HV_ARM64_REGISTER_X9					= 0x00020009,
	HV_ARM64_REGISTER_X10					= 0x0002000A,
	HV_ARM64_REGISTER_X11					= 0x0002000B,
	HV_ARM64_REGISTER_X12					= 0x0002000C,
	HV_ARM64_REGISTER_X13					= 0x0002000D,
	HV_ARM64_REGISTER_X14					= 0x0002000E,
	HV_ARM64_REGISTER_X15					= 0x0002000F,
	HV_ARM64_REGISTER_X16					= 0x00020010,
	HV_ARM64_REGISTER_X17					= 0x00020011,
	HV_ARM64_REGISTER_X18					= 0x00020012,
	HV_ARM64_REGISTER_X19					= 0x00020013,
	HV_ARM64_REGISTER_X20					= 0x00020014,
	HV_ARM64_REGISTER_X21					= 0x00020015,
	HV_ARM64_REGISTER_X22					= 0x00020016,
	HV_ARM64_REGISTER_X23					= 0x00020017,
	HV_ARM64_REGISTER_X24					= 0x00020018,
	HV_ARM64_REGISTER_X25					= 0x00020019,
	HV_ARM64_REGISTER_X26					= 0x0002001A,
	HV_ARM64_REGISTER_X27					= 0x0002001B,
	HV_ARM64_REGISTER_X28					= 0x0002001C,
	HV_ARM64_REGISTER_SP					= 0x0002001F,
	HV_ARM64_REGISTER_SP_EL0				= 0x00020020,
	HV_ARM64_REGISTER_SP_EL1				= 0x00020021,
	HV_ARM64_REGISTER_PC					= 0x00020022,
	HV_ARM64_REGISTER_XZR					= 0x0002FFFE,
	HV_ARM64_REGISTER_Q0					= 0x00030000,
	HV_ARM64_REGISTER_Q1					= 0x00030001,
	HV_ARM64_REGISTER_Q2					= 0x00030002,
	HV_ARM64_REGISTER_Q3					= 0x00030003,
	HV_ARM64_REGISTER_Q4					= 0x00030004,
	HV_ARM64_REGISTER_Q5					= 0x00030005,
	HV_ARM64_REGISTER_Q6					= 0x00030006,
	HV_ARM64_REGISTER_Q7					= 0x00030007,
	HV_ARM64_REGISTER_Q8					= 0x00030008,
	HV_ARM64_REGISTER_Q9					= 0x00030009,
	HV_ARM64_REGISTER_Q10					= 0x0003000A,
	HV_ARM64_REGISTER_Q11					= 0x0003000B,
	HV_ARM64_REGISTER_Q12					= 0x0003000C,
	HV_ARM64_REGISTER_Q13					= 0x0003000D,
	HV_ARM64_REGISTER_Q14					= 0x0003000E,
	HV_ARM64_REGISTER_Q15					= 0x0003000F,
	HV_ARM64_REGISTER_Q16					= 0x00030010,
	HV_ARM64_REGISTER_Q17					= 0x00030011,
	HV_ARM64_REGISTER_Q18					= 0x00030012,
	HV_ARM64_REGISTER_Q19					= 0x00030013,
	HV_ARM64_REGISTER_Q20					= 0x00030014,
	HV_ARM64_REGISTER_Q21					= 0x00030015,
	HV_ARM64_REGISTER_Q22					= 0x00030016,
	HV_ARM64_REGISTER_Q23					= 0x00030017,
	HV_ARM64_REGISTER_Q24					= 0x00030018,
	HV_ARM64_REGISTER_Q25					= 0x00030019,
	HV_ARM64_REGISTER_Q26					= 0x0003001A,
	HV_ARM64_REGISTER_Q27					= 0x0003001B,
	HV_ARM64_REGISTER_Q28					= 0x0003001C,
	HV_ARM64_REGISTER_Q29					= 0x0003001D,
	HV_ARM64_REGISTER_Q30					= 0x0003001E,
	HV_ARM64_REGISTER_Q31					= 0x0003001F,
	HV_ARM64_REGISTER_Z0					= 0x00030100,
	HV_ARM64_REGISTER_Z1					= 0x00030101,
	HV_ARM64_REGISTER_Z2					= 0x00030102,
	HV_ARM64_REGISTER_Z3					= 0x00030103,
	HV_ARM64_REGISTER_Z4					= 0x00030104,
	HV_ARM64_REGISTER_Z5					= 0x00030105,
	HV_ARM64_REGISTER_Z6					= 0x00030106,
	HV_ARM64_REGISTER_Z7					= 0x00030107,
	HV_ARM64_REGISTER_Z8					= 0x00030108,
	HV_ARM64_REGISTER_Z9					= 0x00030109,
	HV_ARM64_REGISTER_Z10					= 0x0003010A,
	HV_ARM64_REGISTER_Z11					= 0x0003010B,
	HV_ARM64_REGISTER_Z12					= 0x0003010C,
	HV_ARM64_REGISTER_Z13					= 0x0003010D,
	HV_ARM64_REGISTER_Z14					= 0x0003010E,
	HV_ARM64_REGISTER_Z15					= 0x0003010F,
	HV_ARM64_REGISTER_Z16					= 0x00030110,
	HV_ARM64_REGISTER_Z17					= 0x00030111,
	HV_ARM64_REGISTER_Z18					= 0x00030112,
	HV_ARM64_REGISTER_Z19					= 0x00030113,
	HV_ARM64_REGISTER_Z20					= 0x00030114,
	HV_ARM64_REGISTER_Z21					= 0x00030115,
	HV_ARM64_REGISTER_Z22					= 0x00030116,
	HV_ARM64_REGISTER_Z23					= 0x00030117,
	HV_ARM64_REGISTER_Z24					= 0x00030118,
	HV_ARM64_REGISTER_Z25					= 0x00030119,
	HV_ARM64_REGISTER_Z26					= 0x0003011A,
	HV_ARM64_REGISTER_Z27					= 0x0003011B,
	HV_ARM64_REGISTER_Z28					= 0x0003011C,
	HV_ARM64_REGISTER_Z29					= 0x0003011D,
	HV_ARM64_REGISTER_Z30					= 0x0003011E,
	HV_ARM64_REGISTER_Z31					= 0x0003011F,
	HV_ARM64_REGISTER_P0					= 0x00030120,
	HV_ARM64_REGISTER_P1					= 0x00030121,
	HV_ARM64_REGISTER_P2					= 0x00030122,
	HV_ARM64_REGISTER_P3					= 0x00030123,
	HV_ARM64_REGISTER_P4					= 0x00030124,
	HV_ARM64_REGISTER_P5					= 0x00030125,
	HV_ARM64_REGISTER_P6					= 0x00030126,
	HV_ARM64_REGISTER_P7					= 0x00030127,
	HV_ARM64_REGISTER_P8					= 0x00030128,
	HV_ARM64_REGISTER_P9					= 0x00030129,
	HV_ARM64_REGISTER_P10					= 0x0003012A,
	HV_ARM64_REGISTER_P11					= 0x0003012B,
	HV_ARM64_REGISTER_P12					= 0x0003012C,
	HV_ARM64_REGISTER_P13					= 0x0003012D,
	HV_ARM64_REGISTER_P14					= 0x0003012E,
	HV_ARM64_REGISTER_P15					= 0x0003012F,
	HV_ARM64_REGISTER_FFR					= 0x00030130,
	HV_ARM64_REGISTER_CURRENT_EL				= 0x00021003,
	HV_ARM64_REGISTER_DAIF					= 0x00021004,
	HV_ARM64_REGISTER_DIT					= 0x00021005,
	HV_ARM64_REGISTER_PSTATE				= 0x00020023,
	HV_ARM64_REGISTER_ELR_EL1				= 0x00040015,
	HV_ARM64_REGISTER_ELR_ELX				= 0x0002100C,
	HV_ARM64_REGISTER_FPCR					= 0x00040012,
	HV_ARM64_REGISTER_FPSR					= 0x00040013,
	HV_ARM64_REGISTER_NZCV					= 0x00021006,
	HV_ARM64_REGISTER_PAN					= 0x00021007,
	HV_ARM64_REGISTER_SP_SEL				= 0x00021008,
	HV_ARM64_REGISTER_SPSR_EL1				= 0x00040014,
	HV_ARM64_REGISTER_SPSR_ELX				= 0x0002100D,
	HV_ARM64_REGISTER_SSBS					= 0x00021009,
	HV_ARM64_REGISTER_TCO					= 0x0002100A,
	HV_ARM64_REGISTER_UAO					= 0x0002100B,
	HV_ARM64_REGISTER_ID_MIDR_EL1				= 0x00022000,
	HV_ARM64_REGISTER_ID_MPIDR_EL1				= 0x00022005,
	HV_ARM64_REGISTER_ID_AA64_PFR0_EL1			= 0x00022020,
	HV_ARM64_REGISTER_ID_AA64_PFR1_EL1			= 0x00022021,
	HV_ARM64_REGISTER_ID_AA64_PFR2_EL1			= 0x00022022,
	HV_ARM64_REGISTER_ID_AA64_ZFR0_EL1			= 0x00022024,
	HV_ARM64_REGISTER_ID_AA64_SMFR0_EL1			= 0x00022025,
	HV_ARM64_REGISTER_ID_AA64_DFR0_EL1			= 0x00022028,
	HV_ARM64_REGISTER_ID_AA64_ISAR0_EL1			= 0x00022030,
	HV_ARM64_REGISTER_ID_AA64_MMFR0_EL1			= 0x00022038,
	HV_ARM64_REGISTER_ID_AA64_MMFR1_EL1			= 0x00022039,
	HV_ARM64_REGISTER_ID_AA64_MMFR2_EL1			= 0x0002203A,
	HV_ARM64_REGISTER_ID_AA64_MMFR3_EL1			= 0x0002203B,
	HV_ARM64_REGISTER_ID_AA64_MMFR4_EL1			= 0x0002203C,
	HV_ARM64_REGISTER_ACCDATA_EL1				= 0x00040020,
	HV_ARM64_REGISTER_ACTLR_EL1				= 0x00040003,
	HV_ARM64_REGISTER_AFSR0_EL1				= 0x00040016,
	HV_ARM64_REGISTER_AFSR0_ELX				= 0x00040073,
	HV_ARM64_REGISTER_AFSR1_ELX				= 0x00040074,
	HV_ARM64_REGISTER_AIDR_EL1				= 0x00040024,
	HV_ARM64_REGISTER_AMAIR_EL1				= 0x00040018,
	HV_ARM64_REGISTER_AMAIR_ELX				= 0x00040075,
	HV_ARM64_REGISTER_APD_A_KEY_HI_EL1			= 0x00040026,
	HV_ARM64_REGISTER_APD_A_KEY_LO_EL1			= 0x00040027,
	HV_ARM64_REGISTER_APD_B_KEY_HI_EL1			= 0x00040028,
	HV_ARM64_REGISTER_APD_B_KEY_LO_EL1			= 0x00040029,
	HV_ARM64_REGISTER_APG_A_KEY_HI_EL1			= 0x0004002A,
	HV_ARM64_REGISTER_APG_A_KEY_LO_EL1			= 0x0004002B,
	HV_ARM64_REGISTER_API_A_KEY_HI_EL1			= 0x0004002C,
	HV_ARM64_REGISTER_API_A_KEY_LO_EL1			= 0x0004002D,
	HV_ARM64_REGISTER_API_B_KEY_HI_EL1			= 0x0004002E,
	HV_ARM64_REGISTER_API_B_KEY_LO_EL1			= 0x0004002F,
	HV_ARM64_REGISTER_CCSIDR_EL1				= 0x00040030,
	HV_ARM64_REGISTER_CCSIDR2_EL1				= 0x00040031,
	HV_ARM64_REGISTER_CLIDR_EL1				= 0x00040032,
	HV_ARM64_REGISTER_CONTEXTIDR_EL1			= 0x0004000D,
	HV_ARM64_REGISTER_CONTEXTIDR_ELX			= 0x00040076,
	HV_ARM64_REGISTER_CPACR_EL1				= 0x00040004,
	HV_ARM64_REGISTER_CPACR_ELX				= 0x00040077,
	HV_ARM64_REGISTER_CSSELR_EL1				= 0x00040035,
	HV_ARM64_REGISTER_CTR_EL0				= 0x00040036,
	HV_ARM64_REGISTER_DCZID_EL0				= 0x00040038,
	HV_ARM64_REGISTER_ESR_EL1				= 0x00040008,
	HV_ARM64_REGISTER_ESR_ELX				= 0x00040078,
	HV_ARM64_REGISTER_FAR_EL1				= 0x00040009,
	HV_ARM64_REGISTER_FAR_ELX				= 0x00040079,
	HV_ARM64_REGISTER_GCR_EL1				= 0x0004003C,
	HV_ARM64_REGISTER_GMID_EL1				= 0x0004003D,
	HV_ARM64_REGISTER_ISR_EL1				= 0x0004004A,
	HV_ARM64_REGISTER_LORC_EL1				= 0x0004004B,
	HV_ARM64_REGISTER_LOREA_EL1				= 0x0004004C,
	HV_ARM64_REGISTER_LORID_EL1				= 0x0004004D,
	HV_ARM64_REGISTER_LORN_EL1				= 0x0004004E,
	HV_ARM64_REGISTER_LORSA_EL1				= 0x0004004F,
	HV_ARM64_REGISTER_MAIR_EL1				= 0x0004000B,
	HV_ARM64_REGISTER_MAIR_ELX				= 0x0004007A,
	HV_ARM64_REGISTER_MIDR_EL1				= 0x00040051,
	HV_ARM64_REGISTER_MPIDR_EL1				= 0x00040001,
	HV_ARM64_REGISTER_MVFR0_EL1				= 0x00040052,
	HV_ARM64_REGISTER_MVFR1_EL1				= 0x00040053,
	HV_ARM64_REGISTER_MVFR2_EL1				= 0x00040054,
	HV_ARM64_REGISTER_PAR_EL1				= 0x0004000A,
	HV_ARM64_REGISTER_REVIDR_EL1				= 0x00040055,
	HV_ARM64_REGISTER_RGSR_EL1				= 0x00040056,
	HV_ARM64_REGISTER_RNDR					= 0x00040057,
	HV_ARM64_REGISTER_RNDRRS				= 0x00040058,
	HV_ARM64_REGISTER_SCTLR_EL1				= 0x00040002,
	HV_ARM64_REGISTER_SCTLR_ELX				= 0x0004007B,
	HV_ARM64_REGISTER_SCXTNUM_EL0				= 0x0004005A,
	HV_ARM64_REGISTER_SCXTNUM_EL1				= 0x0004005B,
	HV_ARM64_REGISTER_SMCR_EL1				= 0x0004005D,
	HV_ARM64_REGISTER_SMIDR_EL1				= 0x0004005F,
	HV_ARM64_REGISTER_SMPRI_EL1				= 0x00040060,
	HV_ARM64_REGISTER_TCR_EL1				= 0x00040007,
	HV_ARM64_REGISTER_TCR_ELX				= 0x0004007C,
	HV_ARM64_REGISTER_TFSRE0_EL1				= 0x00040063,
	HV_ARM64_REGISTER_TFSR_EL1				= 0x00040064,
	HV_ARM64_REGISTER_TPIDR2_EL0				= 0x00040066,
	HV_ARM64_REGISTER_TPIDR_EL0				= 0x00040011,
	HV_ARM64_REGISTER_TPIDR_EL1				= 0x0004000E,
	HV_ARM64_REGISTER_TPIDRRO_EL0				= 0x00040010,
	HV_ARM64_REGISTER_TTBR0_EL1				= 0x00040005,
	HV_ARM64_REGISTER_TTBR0_ELX				= 0x0004007D,
	HV_ARM64_REGISTER_TTBR1_EL1				= 0x00040006,
	HV_ARM64_REGISTER_TTBR1_ELX				= 0x0004007F,
	HV_ARM64_REGISTER_VBAR_EL1				= 0x0004000C,
	HV_ARM64_REGISTER_VBAR_ELX				= 0x00040080,
	HV_ARM64_REGISTER_ZCR_EL1				= 0x00040071,
	HV_ARM64_REGISTER_ZCR_ELX				= 0x00040081,
	HV_ARM64_REGISTER_DBGAUTHSTATUS_EL1			= 0x00050040,
	HV_ARM64_REGISTER_DBGBCR0_EL1				= 0x00050000,
	HV_ARM64_REGISTER_DBGBCR1_EL1				= 0x00050001,
	HV_ARM64_REGISTER_DBGBCR2_EL1				= 0x00050002,
	HV_ARM64_REGISTER_DBGBCR3_EL1				= 0x00050003,
	HV_ARM64_REGISTER_DBGBCR4_EL1				= 0x00050004,
	HV_ARM64_REGISTER_DBGBCR5_EL1				= 0x00050005,
	HV_ARM64_REGISTER_DBGBCR6_EL1				= 0x00050006,
	HV_ARM64_REGISTER_DBGBCR7_EL1				= 0x00050007,
	HV_ARM64_REGISTER_DBGBCR8_EL1				= 0x00050008,
	HV_ARM64_REGISTER_DBGBCR9_EL1				= 0x00050009,
	HV_ARM64_REGISTER_DBGBCR10_EL1				= 0x0005000A,
	HV_ARM64_REGISTER_DBGBCR11_EL1				= 0x0005000B,
	HV_ARM64_REGISTER_DBGBCR12_EL1				= 0x0005000C,
	HV_ARM64_REGISTER_DBGBCR13_EL1				= 0x0005000D,
	HV_ARM64_REGISTER_DBGBCR14_EL1				= 0x0005000E,
	HV_ARM64_REGISTER_DBGBCR15_EL1				= 0x0005000F,
	HV_ARM64_REGISTER_DBGBVR0_EL1				= 0x00050020,
	HV_ARM64_REGISTER_DBGBVR1_EL1				= 0x00050021,
	HV_ARM64_REGISTER_DBGBVR2_EL1				= 0x00050022,
	HV_ARM64_REGISTER_DBGBVR3_EL1				= 0x00050023,
	HV_ARM64_REGISTER_DBGBVR4_EL1				= 0x00050024,
	HV_ARM64_REGISTER_DBGBVR5_EL1				= 0x00050025,
	HV_ARM64_REGISTER_DBGBVR6_EL1				= 0x00050026,
	HV_ARM64_REGISTER_DBGBVR7_EL1				= 0x00050027,
	HV_ARM64_REGISTER_DBGBVR8_EL1				= 0x00050028,
	HV_ARM64_REGISTER_DBGBVR9_EL1				= 0x00050029,
	HV_ARM64_REGISTER_DBGBVR10_EL1				= 0x0005002A,
	HV_ARM64_REGISTER_DBGBVR11_EL1				= 0x0005002B,
	HV_ARM64_REGISTER_DBGBVR12_EL1				= 0x0005002C,
	HV_ARM64_REGISTER_DBGBVR13_EL1				= 0x0005002D,
	HV_ARM64_REGISTER_DBGBVR14_EL1				= 0x0005002E,
	HV_ARM64_REGISTER_DBGBVR15_EL1				= 0x0005002F,
	HV_ARM64_REGISTER_DBGCLAIMCLR_EL1			= 0x00050041,
	HV_ARM64_REGISTER_DBGCLAIMSET_EL1			= 0x00050042,
	HV_ARM64_REGISTER_DBGDTRRX_EL0				= 0x00050043,
	HV_ARM64_REGISTER_DBGDTRTX_EL0				= 0x00050044,
	HV_ARM64_REGISTER_DBGPRCR_EL1				= 0x00050045,
	HV_ARM64_REGISTER_DBGWCR0_EL1				= 0x00050010,
	HV_ARM64_REGISTER_DBGWCR1_EL1				= 0x00050011,
	HV_ARM64_REGISTER_DBGWCR2_EL1				= 0x00050012,
	HV_ARM64_REGISTER_DBGWCR3_EL1				= 0x00050013,
	HV_ARM64_REGISTER_DBGWCR4_EL1				= 0x00050014,
	HV_ARM64_REGISTER_DBGWCR5_EL1				= 0x00050015,
	HV_ARM64_REGISTER_DBGWCR6_EL1				= 0x00050016,
	HV_ARM64_REGISTER_DBGWCR7_EL1				= 0x00050017,
	HV_ARM64_REGISTER_DBGWCR8_EL1				= 0x00050018,
	HV_ARM64_REGISTER_DBGWCR9_EL1				= 0x00050019,
	HV_ARM64_REGISTER_DBGWCR10_EL1				= 0x0005001A,
	HV_ARM64_REGISTER_DBGWCR11_EL1				= 0x0005001B,
	HV_ARM64_REGISTER_DBGWCR12_EL1				= 0x0005001C,
	HV_ARM64_REGISTER_DBGWCR13_EL1				= 0x0005001D,
	HV_ARM64_REGISTER_DBGWCR14_EL1				= 0x0005001E,
	HV_ARM64_REGISTER_DBGWCR15_EL1				= 0x0005001F,
	HV_ARM64_REGISTER_DBGWVR0_EL1				= 0x00050030,
	HV_ARM64_REGISTER_DBGWVR1_EL1				= 0x00050031,
	HV_ARM64_REGISTER_DBGWVR2_EL1				= 0x00050032,
	HV_ARM64_REGISTER_DBGWVR3_EL1				= 0x00050033,
	HV_ARM64_REGISTER_DBGWVR4_EL1				= 0x00050034,
	HV_ARM64_REGISTER_DBGWVR5_EL1				= 0x00050035,
	HV_ARM64_REGISTER_DBGWVR6_EL1				= 0x00050036,
	HV_ARM64_REGISTER_DBGWVR7_EL1				= 0x00050037,
	HV_ARM64_REGISTER_DBGWVR8_EL1				= 0x00050038,
	HV_ARM64_REGISTER_DBGWVR9_EL1				= 0x00050039,
	HV_ARM64_REGISTER_DBGWVR10_EL1				= 0x0005003A,
	HV_ARM64_REGISTER_DBGWVR11_EL1				= 0x0005003B,
	HV_ARM64_REGISTER_DBGWVR12_EL1				= 0x0005003C,
	HV_ARM64_REGISTER_DBGWVR13_EL1				= 0x0005003D,
	HV_ARM64_REGISTER_DBGWVR14_EL1				= 0x0005003E,
	HV_ARM64_REGISTER_DBGWVR15_EL1				= 0x0005003F,
	HV_ARM64_REGISTER_DLR_EL0				= 0x00050047,
	HV_ARM64_REGISTER_DSPSR_EL0				= 0x00050048,
	HV_ARM64_REGISTER_MDCCINT_EL1				= 0x00050049,
	HV_ARM64_REGISTER_MDCCSR_EL0				= 0x0005004A,
	HV_ARM64_REGISTER_MDRAR_EL1				= 0x0005004C,
	HV_ARM64_REGISTER_MDSCR_EL1				= 0x0005004D,
	HV_ARM64_REGISTER_OSDLR_EL1				= 0x0005004E,
	HV_ARM64_REGISTER_OSDTRRX_EL1				= 0x0005004F,
	HV_ARM64_REGISTER_OSDTRTX_EL1				= 0x00050050,
	HV_ARM64_REGISTER_OSECCR_EL1				= 0x00050051,
	HV_ARM64_REGISTER_OSLAR_EL1				= 0x00050052,
	HV_ARM64_REGISTER_OSLSR_EL1				= 0x00050053,
	HV_ARM64_REGISTER_TRFCR_EL1				= 0x00050055,
	HV_ARM64_REGISTER_TRFCR_ELX				= 0x00050057,
	HV_ARM64_REGISTER_PMCCFILTR_EL0				= 0x00052000,
	HV_ARM64_REGISTER_PMCCNTR_EL0				= 0x00052001,
	HV_ARM64_REGISTER_PMCEID0_EL0				= 0x00052002,
	HV_ARM64_REGISTER_PMCEID1_EL0				= 0x00052003,
	HV_ARM64_REGISTER_PMCNTENCLR_EL0			= 0x00052004,
	HV_ARM64_REGISTER_PMCNTENSET_EL0			= 0x00052005,
	HV_ARM64_REGISTER_PMCR_EL0				= 0x00052006,
	HV_ARM64_REGISTER_PMEVCNTR0_EL0				= 0x00052007,
	HV_ARM64_REGISTER_PMEVCNTR1_EL0				= 0x00052008,
	HV_ARM64_REGISTER_PMEVCNTR2_EL0				= 0x00052009,
	HV_ARM64_REGISTER_PMEVCNTR3_EL0				= 0x0005200A,
	HV_ARM64_REGISTER_PMEVCNTR4_EL0				= 0x0005200B,
	HV_ARM64_REGISTER_PMEVCNTR5_EL0				= 0x0005200C,
	HV_ARM64_REGISTER_PMEVCNTR6_EL0				= 0x0005200D,
	HV_ARM64_REGISTER_PMEVCNTR7_EL0				= 0x0005200E,
	HV_ARM64_REGISTER_PMEVCNTR8_EL0				= 0x0005200F,
	HV_ARM64_REGISTER_PMEVCNTR9_EL0				= 0x00052010,
	HV_ARM64_REGISTER_PMEVCNTR10_EL0			= 0x00052011,
	HV_ARM64_REGISTER_PMEVCNTR11_EL0			= 0x00052012,
	HV_ARM64_REGISTER_PMEVCNTR12_EL0			= 0x00052013,
	HV_ARM64_REGISTER_PMEVCNTR13_EL0			= 0x00052014,
	HV_ARM64_REGISTER_PMEVCNTR14_EL0			= 0x00052015,
	HV_ARM64_REGISTER_PMEVCNTR15_EL0			= 0x00052016,
	HV_ARM64_REGISTER_PMEVCNTR16_EL0			= 0x00052017,
	HV_ARM64_REGISTER_PMEVCNTR17_EL0			= 0x00052018,
	HV_ARM64_REGISTER_PMEVCNTR18_EL0			= 0x00052019,
	HV_ARM64_REGISTER_PMEVCNTR19_EL0			= 0x0005201A,
	HV_ARM64_REGISTER_PMEVCNTR20_EL0			= 0x0005201B,
	HV_ARM64_REGISTER_PMEVCNTR21_EL0			= 0x0005201C,
	HV_ARM64_REGISTER_PMEVCNTR22_EL0			= 0x0005201D,
	HV_ARM64_REGISTER_PMEVCNTR23_EL0			= 0x0005201E,
	HV_ARM64_REGISTER_PMEVCNTR24_EL0			= 0x0005201F,
	HV_ARM64_REGISTER_PMEVCNTR25_EL0			= 0x00052020,
	HV_ARM64_REGISTER_PMEVCNTR26_EL0			= 0x00052021,
	HV_ARM64_REGISTER_PMEVCNTR27_EL0			= 0x00052022,
	HV_ARM64_REGISTER_PMEVCNTR28_EL0			= 0x00052023,
	HV_ARM64_REGISTER_PMEVCNTR29_EL0			= 0x00052024,
	HV_ARM64_REGISTER_PMEVCNTR30_EL0			= 0x00052025,
	HV_ARM64_REGISTER_PMEVTYPER0_EL0			= 0x00052026,
	HV_ARM64_REGISTER_PMEVTYPER1_EL0			= 0x00052027,
	HV_ARM64_REGISTER_PMEVTYPER2_EL0			= 0x00052028,
	HV_ARM64_REGISTER_PMEVTYPER3_EL0			= 0x00052029,
	HV_ARM64_REGISTER_PMEVTYPER4_EL0			= 0x0005202A,
	HV_ARM64_REGISTER_PMEVTYPER5_EL0			= 0x0005202B,
	HV_ARM64_REGISTER_PMEVTYPER6_EL0			= 0x0005202C,
	HV_ARM64_REGISTER_PMEVTYPER7_EL0			= 0x0005202D,
	HV_ARM64_REGISTER_PMEVTYPER8_EL0			= 0x0005202E,
	HV_ARM64_REGISTER_PMEVTYPER9_EL0			= 0x0005202F,
	HV_ARM64_REGISTER_PMEVTYPER10_EL0			= 0x00052030,
	HV_ARM64_REGISTER_PMEVTYPER11_EL0			= 0x00052031,
	HV_ARM64_REGISTER_PMEVTYPER12_EL0			= 0x00052032,
	HV_ARM64_REGISTER_PMEVTYPER13_EL0			= 0x00052033,
	HV_ARM64_REGISTER_PMEVTYPER14_EL0			= 0x00052034,
	HV_ARM64_REGISTER_PMEVTYPER15_EL0			= 0x00052035,
	HV_ARM64_REGISTER_PMEVTYPER16_EL0			= 0x00052036,
	HV_ARM64_REGISTER_PMEVTYPER17_EL0			= 0x00052037,
	HV_ARM64_REGISTER_PMEVTYPER18_EL0			= 0x00052038,
	HV_ARM64_REGISTER_PMEVTYPER19_EL0			= 0x00052039,
	HV_ARM64_REGISTER_PMEVTYPER20_EL0			= 0x0005203A,
	HV_ARM64_REGISTER_PMEVTYPER21_EL0			= 0x0005203B,
	HV_ARM64_REGISTER_PMEVTYPER22_EL0			= 0x0005203C,
	HV_ARM64_REGISTER_PMEVTYPER23_EL0			= 0x0005203D,
	HV_ARM64_REGISTER_PMEVTYPER24_EL0			= 0x0005203E,
	HV_ARM64_REGISTER_PMEVTYPER25_EL0			= 0x0005203F,
	HV_ARM64_REGISTER_PMEVTYPER26_EL0			= 0x00052040,
	HV_ARM64_REGISTER_PMEVTYPER27_EL0			= 0x00052041,
	HV_ARM64_REGISTER_PMEVTYPER28_EL0			= 0x00052042,
	HV_ARM64_REGISTER_PMEVTYPER29_EL0			= 0x00052043,
	HV_ARM64_REGISTER_PMEVTYPER30_EL0			= 0x00052044,
	HV_ARM64_REGISTER_PMINTENCLR_EL1			= 0x00052045,
	HV_ARM64_REGISTER_PMINTENSET_EL1			= 0x00052046,
	HV_ARM64_REGISTER_PMOVSCLR_EL0				= 0x00052048,
	HV_ARM64_REGISTER_PMOVSSET_EL0				= 0x00052049,
	HV_ARM64_REGISTER_PMSELR_EL0				= 0x0005204A,
	HV_ARM64_REGISTER_PMUSERENR_EL0				= 0x0005204C,
	HV_ARM64_REGISTER_PMXEVCNTR_EL0				= 0x0005204D,
	HV_ARM64_REGISTER_PMXEVTYPER_EL0			= 0x0005204E,
	HV_ARM64_REGISTER_AMEVCNTR00_EL0			= 0x00053000,
	HV_ARM64_REGISTER_AMEVCNTR01_EL0			= 0x00053001,
	HV_ARM64_REGISTER_AMEVCNTR02_EL0			= 0x00053002,
	HV_ARM64_REGISTER_AMEVCNTR03_EL0			= 0x00053003,
	HV_ARM64_REGISTER_PMBIDR_EL1				= 0x00054000,
	HV_ARM64_REGISTER_PMBLIMITR_EL1				= 0x00054001,
	HV_ARM64_REGISTER_PMBPTR_EL1				= 0x00054002,
	HV_ARM64_REGISTER_PMBSR_EL1				= 0x00054003,
	HV_ARM64_REGISTER_PMSCR_EL1				= 0x00054004,
	HV_ARM64_REGISTER_PMSEVFR_EL1				= 0x00054006,
	HV_ARM64_REGISTER_PMSFCR_EL1				= 0x00054007,
	HV_ARM64_REGISTER_PMSICR_EL1				= 0x00054008,
	HV_ARM64_REGISTER_PMSIDR_EL1				= 0x00054009,
	HV_ARM64_REGISTER_PMSIRR_EL1				= 0x0005400A,
	HV_ARM64_REGISTER_PMSLATFR_EL1				= 0x0005400B,
	HV_ARM64_REGISTER_PMSNEVFR_EL1				= 0x0005400C,
	HV_ARM64_REGISTER_DISR_EL1				= 0x00056000,
	HV_ARM64_REGISTER_ERRSELR_EL1				= 0x00056002,
	HV_ARM64_REGISTER_ERXADDR_EL1				= 0x00056003,
	HV_ARM64_REGISTER_ERXCTLR_EL1				= 0x00056004,
	HV_ARM64_REGISTER_ERRXFR_EL1				= 0x00056005,
	HV_ARM64_REGISTER_ERXMISC0_EL1				= 0x00056006,
	HV_ARM64_REGISTER_ERXMISC1_EL1				= 0x00056007,
	HV_ARM64_REGISTER_ERXMISC2_EL1				= 0x00056008,
	HV_ARM64_REGISTER_ERXMISC3_EL1				= 0x00056009,
	HV_ARM64_REGISTER_ERXPFGCDN_EL1				= 0x0005600A,
	HV_ARM64_REGISTER_ERXPFGCTL_EL1				= 0x0005600B,
	HV_ARM64_REGISTER_ERXPFGF_EL1				= 0x0005600C,
	HV_ARM64_REGISTER_ERXSTATUS_EL1				= 0x0005600D,
	HV_ARM64_REGISTER_CNTFRQ_EL0				= 0x00058000,
	HV_ARM64_REGISTER_CNTKCTL_EL1				= 0x00058008,
	HV_ARM64_REGISTER_CNTKCTL_ELX				= 0x00058013,
	HV_ARM64_REGISTER_CNTP_CTL_EL0				= 0x00058009,
	HV_ARM64_REGISTER_CNTP_CTL_ELX				= 0x00058014,
	HV_ARM64_REGISTER_CNTP_CVAL_EL0				= 0x0005800A,
	HV_ARM64_REGISTER_CNTP_CVAL_ELX				= 0x00058015,
	HV_ARM64_REGISTER_CNTP_TVAL_EL0				= 0x0005800B,
	HV_ARM64_REGISTER_CNTP_TVAL_ELX				= 0x00058016,
	HV_ARM64_REGISTER_CNTPCT_EL0				= 0x0005800C,
	HV_ARM64_REGISTER_CNTV_CTL_EL0				= 0x0005800E,
	HV_ARM64_REGISTER_CNTV_CTL_ELX				= 0x00058017,
	HV_ARM64_REGISTER_CNTV_CVAL_EL0				= 0x0005800F,
	HV_ARM64_REGISTER_CNTV_CVAL_ELX				= 0x00058018,
	HV_ARM64_REGISTER_CNTV_TVAL_EL0				= 0x00058010,
	HV_ARM64_REGISTER_CNTV_TVAL_ELX				= 0x00058019,
	HV_ARM64_REGISTER_CNTVCT_EL0				= 0x00058011,
	HV_ARM64_REGISTER_GICR_BASE_GPA				= 0x00063000,
	HV_ARM64_REGISTER_PARTITION_INFO_PAGE			= 0x00090015,
#endif /* CONFIG_ARM64 */
};

/* TLFS: datatypes/hv_register_value.md#architecture-neutral-members */
union hv_explicit_suspend_register {
	u64 as_uint64;
	struct {
		u64 suspended : 1;
		u64 reserved : 63;
	} __packed;
};

/* TLFS: datatypes/hv_register_value.md#architecture-neutral-members */
union hv_dispatch_suspend_register {
	u64 as_uint64;
	struct {
		u64 suspended : 1;
		u64 reserved : 63;
	} __packed;
};

/* TLFS: datatypes/hv_register_value.md#x64-specific-members */
union hv_x64_interrupt_state_register {
	u64 as_uint64;
	struct {
		u64 interrupt_shadow : 1;
		u64 nmi_masked : 1;
		u64 reserved : 62;
	} __packed;
};

/* TLFS: datatypes/hv_register_value.md#x64-specific-members */
union hv_x64_pending_interruption_register {
	u64 as_uint64;
	struct {
		u32 interruption_pending : 1;
		u32 interruption_type : 3;
		u32 deliver_error_code : 1;
		u32 instruction_length : 4;
		u32 nested_event : 1;
		u32 reserved : 6;
		u32 interruption_vector : 16;
		u32 error_code;
	} __packed;
};

/* TLFS: datatypes/hv_register_value.md */
union hv_register_value {
	struct hv_u128 reg128;
	u64 reg64;
	u32 reg32;
	u16 reg16;
	u8 reg8;
#if defined(CONFIG_X86)
	struct hv_x64_segment_register segment;
	struct hv_x64_table_register table;
#endif /* CONFIG_X86 */
	union hv_explicit_suspend_register explicit_suspend;
	union hv_intercept_suspend_register intercept_suspend;
	union hv_dispatch_suspend_register dispatch_suspend;
#if defined(CONFIG_X86)
	union hv_x64_interrupt_state_register interrupt_state;
	union hv_x64_pending_interruption_register pending_interruption;
#endif /* CONFIG_X86 */
};

/* TLFS: hypercalls/HvCallGetVpRegisters.md#output-list-element */
struct hv_get_vp_registers_output {
	union {
		struct {
			u32 a;
			u32 b;
			u32 c;
			u32 d;
		} __packed as32;
		struct {
			u64 low;
			u64 high;
		} __packed as64;
	};
};

/* TLFS: hypercalls/HvCallSetVpRegisters.md#input-list-element */
struct hv_register_assoc {
	u32 name;
	u32 reserved1;
	u64 reserved2;
	union hv_register_value value;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpRegisters.md#input-parameters */
struct hv_input_get_vp_registers {
	u64 partition_id;
	u32 vp_index;
	union hv_input_vtl input_vtl;
	u8 rsvd_z8;
	u16 rsvd_z16;
	u32 names[];
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_register_name.md#version--feature-discovery-128-bit-unless-noted */
#define HV_REGISTER_HYPERVISOR_VERSION	0x00000100
#define HV_REGISTER_FEATURES		0x00000200
#define HV_REGISTER_ENLIGHTENMENTS	0x00000201

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_GUEST_OS_ID	0x00090002

/* TLFS: hypercalls/HvCallGetVpRegisters.md#input-parameters */
struct hv_get_vp_registers_input {
	struct {
		u64 partitionid;
		u32 vpindex;
		u8 inputvtl;
		u8 padding[3];
	} header;
} __packed;

/* TLFS: hypercalls/HvCallSetVpRegisters.md#input-parameters */
struct hv_set_vp_registers_input {
	struct {
		u64 partitionid;
		u32 vpindex;
		u8 inputvtl;
		u8 padding[3];
	} header;
	struct {
		u32 name;
		u32 padding1;
		u64 padding2;
		u64 valuelow;
		u64 valuehigh;
	} element[];
} __packed;

/* TLFS: hypercalls/HvCallGetVpRegisters.md#output-list-element */
struct hv_output_get_vp_registers {
	DECLARE_FLEX_ARRAY(union hv_register_value, values);
};

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md#input-list-element */
struct hv_input_get_vp_index_from_apic_id_list_element {
	u64 processor_hw_id;
} __packed;

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md#input-list-element */
struct hv_input_get_vp_index_from_apic_id_list_element {
	u32 processor_hw_id;
	u32 padding;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md#output-list-element */
struct hv_output_get_vp_index_from_apic_id_list_element {
	u32 vp_index;
	u32 padding;
} __packed;

/* TLFS: datatypes/hv_vp_index.md#syntax */
#define HV_VP_INDEX_SELF	((u32)-2)
#define HV_ANY_VP		((u32)-1)

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md#input-parameters */
struct hv_get_vp_from_apic_id_in {
	u64 partition_id;
	union hv_input_vtl target_vtl;
	u8 res[7];
	u32 apic_ids[];
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallCreateVp.md#input-parameters */
struct hv_create_vp {
	u64 partition_id;
	u32 vp_index;
	u8 padding[3];
	u8 subnode_type;
	u64 subnode_id;
	struct hv_proximity_domain_info proximity_domain_info;
	u64 flags;
} __packed;

/* TLFS: hypercalls/HvCallDeleteVp.md#input-parameters */
union hv_input_delete_vp {
	u64 as_uint64[2];
	struct {
		u64 partition_id;
		u32 vp_index;
		u8 reserved[4];
	} __packed;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: vp-properties.md#on-x64-platforms-1 */
#define HV_X64_MSR_VP_ASSIST_PAGE		0x40000073
#define HV_X64_MSR_VP_ASSIST_PAGE_ENABLE	0x00000001
#define HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT	12

/* TLFS: derived from HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT. */
#define HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_MASK	\
		(~((1ull << HV_X64_MSR_VP_ASSIST_PAGE_ADDRESS_SHIFT) - 1))

/* TLFS: vp-properties.md#on-x64-platforms-1 */
union hv_vp_assist_msr_contents {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 reserved : 11;
		u64 pfn : 52;
	} __packed;
};

/* TLFS: datatypes/hv_nested_enlightenments_control.md */
struct hv_nested_enlightenments_control {
	struct {
		__u32 directhypercall : 1;
		__u32 virtualization_exception : 1;
		__u32 reserved : 30;
	} __packed features;
	struct {
		__u32 inter_partition_comm : 1;
		__u32 reserved : 31;
	} __packed hypercallControls;
} __packed;

/* TLFS: datatypes/hv_vp_assist_page.md#syntax */
struct hv_vp_assist_page {
	__u32 apic_assist;
	__u32 reserved1;
	__u32 vtl_entry_reason;
	__u32 vtl_reserved;
	__u64 vtl_ret_x64rax;
	__u64 vtl_ret_x64rcx;
	struct hv_nested_enlightenments_control nested_control;
	__u8 enlighten_vmentry;
	__u8 reserved2[7];
	__u64 current_nested_vmcs;
	__u8 synthetic_time_unhalted_timer_expired;
	__u8 reserved3[7];
	__u8 virtualization_fault_information[40];
	__u8 reserved4[8];
} __packed;

/* TLFS: nested-virtualization.md#partition-assist-page */
struct hv_partition_assist_pg {
	u32 tlb_lock_count;
};

#endif /* CONFIG_X86 */

/* TLFS: datatypes/hv_vp_state_page_type.md */
enum hv_vp_state_page_type {
	HV_VP_STATE_PAGE_REGISTERS		= 0,
	HV_VP_STATE_PAGE_INTERCEPT_MESSAGE	= 1,
	HV_VP_STATE_PAGE_GHCB			= 2,
};

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallMapVpStatePage.md#input-parameters */
struct hv_input_map_vp_state_page {
	u64 partition_id;
	u32 vp_index;
	u16 type;
	union hv_input_vtl input_vtl;
	union {
		u8 as_uint8;
		struct {
			u8 map_location_provided : 1;
			u8 reserved : 7;
		};
	} flags;
	u64 requested_map_location;
} __packed;

#endif /* CONFIG_X86 */

/* TLFS: hypercalls/HvCallMapVpStatePage.md#output-parameters */
struct hv_output_map_vp_state_page {
	u64 map_location;
} __packed;

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallUnmapVpStatePage.md#input-parameters */
struct hv_input_unmap_vp_state_page {
	u64 partition_id;
	u32 vp_index;
	u16 type;
	union hv_input_vtl input_vtl;
	u8 reserved0;
} __packed;

#endif /* CONFIG_X86 */

/*
 * ActiveVtl (bits 3:0) of HvRegisterVsmVpStatus.
 * TLFS: vsm.md#hvregistervsmvpstatus
 */
#define HV_VTL_MASK	GENMASK(3, 0)

#if defined(CONFIG_X86)
/* TLFS: datatypes/hv_initial_vp_context.md#x64-layout */
struct hv_init_vp_context {
	u64 rip;
	u64 rsp;
	u64 rflags;
	struct hv_x64_segment_register cs;
	struct hv_x64_segment_register ds;
	struct hv_x64_segment_register es;
	struct hv_x64_segment_register fs;
	struct hv_x64_segment_register gs;
	struct hv_x64_segment_register ss;
	struct hv_x64_segment_register tr;
	struct hv_x64_segment_register ldtr;
	struct hv_x64_table_register idtr;
	struct hv_x64_table_register gdtr;
	u64 efer;
	u64 cr0;
	u64 cr3;
	u64 cr4;
	u64 msr_cr_pat;
} __packed;

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/* TLFS: datatypes/hv_initial_vp_context.md#arm64-layout */
struct hv_arm64_init_vp_context {
	u64 pc;
	u64 sp_elh;
	u64 sctlr_el1;
	u64 mair_el1;
	u64 tcr_el1;
	u64 vbar_el1;
	u64 ttbr0_el1;
	u64 ttbr1_el1;
	u64 x18;
} __packed;

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#x64-layout */
struct hv_input_start_virtual_processor {
	u64 partition_id;
	u32 vp_index;
	u8 target_vtl;
	u8 reserved[3];
	struct hv_init_vp_context vp_context;
} __packed;

#endif /* CONFIG_X86 */

#if defined(CONFIG_ARM64)
/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#arm64-layout */
struct hv_input_start_virtual_processor {
	u64 partition_id;
	u32 vp_index;
	u8 target_vtl;
	u8 reserved[3];
	struct hv_arm64_init_vp_context vp_context;
} __packed;

#endif /* CONFIG_ARM64 */

#if defined(CONFIG_X86)
/* TLFS: hypercalls/HvCallEnableVpVtl.md#x64-layout */
struct hv_enable_vp_vtl {
	u64 partition_id;
	u32 vp_index;
	union hv_input_vtl target_vtl;
	u8 mbz0;
	u16 mbz1;
	struct hv_init_vp_context vp_context;
} __packed;

/* TLFS: datatypes/hv_register_name.md#virtual-secure-mode-vsm--isolation */
#define HV_X64_REGISTER_VSM_VP_STATUS	0x000D0003

/*
 * ActiveVtl (bits 3:0) of HvRegisterVsmVpStatus.
 * TLFS: vsm.md#hvregistervsmvpstatus
 */
#define HV_X64_VTL_MASK	GENMASK(3, 0)

#endif /* CONFIG_X86 */

#endif /* _ASM_GENERIC_HYPERV_TLFS_H */
