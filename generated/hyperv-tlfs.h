/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/hypercall-interface/hypercall-codes.yaml */
/*	spec/hypercall-interface/hypercall-input.yaml */
/*	spec/hypercall-interface/msrs.yaml */
/*	spec/hypercall-interface/status-codes.yaml */
/*	spec/memory/hyp-page.yaml */
/*	spec/memory/memory-hint.yaml */
/*	spec/partitions/create-partition.yaml */
/*	spec/synic/event-flags.yaml */
/*	spec/synic/messages.yaml */
/*	spec/synic/registers.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI, what the TLFS specifies */

#ifndef _ASM_GENERIC_HYPERV_TLFS_H
#define _ASM_GENERIC_HYPERV_TLFS_H

#include <linux/types.h>
#include <linux/bits.h>
#include <linux/time64.h>
#include <asm/page.h>

#if defined(CONFIG_X86)
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

/*
 * TLFS: none (The TLFS documents only MSI interrupt entries, not the I/O APIC redirection
 * entry.)
 */
union hv_ioapic_rte {
	u64 as_uint64;
	struct {
		u32 vector : 8;
		u32 delivery_mode : 3;
		u32 destination_mode : 1;
		u32 delivery_status : 1;
		u32 interrupt_polarity : 1;
		u32 remote_irr : 1;
		u32 trigger_mode : 1;
		u32 interrupt_mask : 1;
		u32 reserved1 : 15;
		u32 reserved2 : 24;
		u32 destination_id : 8;
	};
	struct {
		u32 low_uint32;
		u32 high_uint32;
	};
} __packed;

/*
 * Kind of interrupt an hv_interrupt_entry describes (its source field).
 * TLFS: datatypes/hv_interrupt_entry.md
 */
enum hv_interrupt_source {
	HV_INTERRUPT_SOURCE_MSI		= 1,
	HV_INTERRUPT_SOURCE_IOAPIC	= 2,
};

/* TLFS: datatypes/hv_interrupt_entry.md */
struct hv_interrupt_entry {
	u32 source;
	u32 reserved1;
	union {
		union hv_msi_entry msi_entry;
		union hv_ioapic_rte ioapic_rte;
	};
} __packed;

/* TLFS: none (No TLFS page documents HvCallUnmapDeviceInterrupt.) */
struct hv_input_unmap_device_interrupt {
	u64 partition_id;
	u64 device_id;
	struct hv_interrupt_entry interrupt_entry;
} __packed;

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

/* TLFS: none (No TLFS page gives this call code.) */
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

/* TLFS: none (No TLFS page gives this call code.) */
#define HVCALL_POST_DEBUG_DATA		0x0069
#define HVCALL_RETRIEVE_DEBUG_DATA	0x006a
#define HVCALL_RESET_DEBUG_SESSION	0x006b

/* TLFS: hypercalls/HvCallUnmapStatsPage.md */
#define HVCALL_UNMAP_STATS_PAGE	0x006d

/* TLFS: none (No TLFS page gives this call code.) */
#define HVCALL_ADD_LOGICAL_PROCESSOR	0x0076
#define HVCALL_MAP_DEVICE_INTERRUPT	0x007c
#define HVCALL_UNMAP_DEVICE_INTERRUPT	0x007d

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

/* TLFS: none (No TLFS page gives this call code.) */
#define HVCALL_MODIFY_SPARSE_GPA_PAGE_HOST_VISIBILITY	0x00db

/* TLFS: hypercalls/HvCallMapVpStatePage.md */
#define HVCALL_MAP_VP_STATE_PAGE	0x00e1

/* TLFS: hypercalls/HvCallUnmapVpStatePage.md */
#define HVCALL_UNMAP_VP_STATE_PAGE	0x00e2

/* TLFS: hypercalls/HvCallGetVpCpuidValues.md */
#define HVCALL_GET_VP_CPUID_VALUES	0x00f4

/* TLFS: none (No TLFS page gives this call code.) */
#define HVCALL_MMIO_READ	0x0106
#define HVCALL_MMIO_WRITE	0x0107

/* TLFS: hypercalls/HvCallMapStatsPage2.md */
#define HVCALL_MAP_STATS_PAGE2	0x0131

/* TLFS: hypercalls/HvExtCallQueryCapabilities.md */
#define HV_EXT_CALL_QUERY_CAPABILITIES	0x8001

/* TLFS: hypercalls/overview.md#hypercall-reference */
#define HV_EXT_CALL_MEMORY_HEAT_HINT	0x8003

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
#define HV_HYPERCALL_REP_COMP_1		BIT_ULL(32)

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
#define HV_HYPERCALL_RSVD_MASK	\
		(HV_HYPERCALL_RSVD0_MASK | HV_HYPERCALL_RSVD1_MASK | HV_HYPERCALL_RSVD2_MASK)

#if defined(CONFIG_X86)
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

#endif /* CONFIG_X86 */

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

/* TLFS: none (No TLFS page names this status code.) */
#define HV_STATUS_OPERATION_DENIED	0x8
#define HV_STATUS_INSUFFICIENT_MEMORY	0xB

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#return-values */
#define HV_STATUS_INVALID_PARTITION_ID	0xD
#define HV_STATUS_INVALID_VP_INDEX	0xE

/* TLFS: hypercalls/HvCallPostMessage.md#return-values */
#define HV_STATUS_INVALID_PORT_ID	0x11
#define HV_STATUS_INVALID_CONNECTION_ID	0x12
#define HV_STATUS_INSUFFICIENT_BUFFERS	0x13

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md#return-values */
#define HV_STATUS_INVALID_VP_STATE		0x15
#define HV_STATUS_INVALID_REGISTER_VALUE	0x50

/* TLFS: none (No TLFS page names this status code.) */
#define HV_STATUS_TIME_OUT		0x78
#define HV_STATUS_VTL_ALREADY_ENABLED	0x86

/* TLFS: datatypes/hv_gpa_page_number.md */
#define HV_HYP_PAGE_SHIFT	12
#define HV_HYP_PAGE_SIZE	BIT(HV_HYP_PAGE_SHIFT)
#define HV_HYP_PAGE_MASK	(~(HV_HYP_PAGE_SIZE - 1))

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md#input-list-element */
#define HV_GPA_PAGE_RANGE_PAGE_SIZE_2MB	0
#define HV_GPA_PAGE_RANGE_PAGE_SIZE_1GB	1

/*
 * A GPA range, in 4 KiB pages or in large pages.
 * TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md#input-list-element
 */
union hv_gpa_page_range {
	u64 address_space;
	struct {
		u64 additional_pages : 11;
		u64 largepage : 1;
		u64 basepfn : 52;
	} page;
	struct {
		u64 reserved : 12;
		u64 page_size : 1;
		u64 reserved1 : 8;
		u64 base_large_pfn : 43;
	};
};

/* TLFS: none (No TLFS page documents the HvExtCallMemoryHeatHint input.) */
#define HV_EXT_MEMORY_HEAT_HINT_TYPE_COLD_DISCARD	2

/*
 * HvExtCallMemoryHeatHint input header, followed by the page ranges.
 * TLFS: none (No TLFS page documents the HvExtCallMemoryHeatHint input.)
 */
struct hv_memory_hint {
	u64 type : 2;
	u64 reserved : 62;
	union hv_gpa_page_range ranges[];
} __packed;

/* TLFS: none (No TLFS page documents the HvExtCallMemoryHeatHint input.) */
#define HV_MEMORY_HINT_MAX_GPA_PAGE_RANGES	\
		((HV_HYP_PAGE_SIZE - sizeof(struct hv_memory_hint)) / \
		sizeof(union hv_gpa_page_range))

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

/*
 * Number of 64-bit banks of processor feature bits.
 * TLFS: datatypes/hv_partition_processor_features.md
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
		u64 hle_support_deprecated : 1;
		u64 rtm_support_deprecated : 1;
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
		u64 mdd_support : 1;
		u64 fast_short_rep_mov_support : 1;
		u64 l1dcache_flush_support : 1;
		u64 rdcl_no_support : 1;
		u64 ibrs_all_support : 1;
		u64 skip_l1df_support : 1;
		u64 ssb_no_support : 1;
		u64 rsb_a_no_support : 1;
		u64 virt_spec_ctrl_support : 1;
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
		u64 enqcmd_support : 1;
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

/*
 * XSAVE state components to disable (the page names the field, not its bits).
 * TLFS: datatypes/hv_partition_creation_properties.md
 */
union hv_partition_processor_xsave_features {
	struct {
		u64 xsave_support : 1;
		u64 xsaveopt_support : 1;
		u64 avx_support : 1;
		u64 reserved1 : 61;
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

/* TLFS: datatypes/hv_synic_event_flags.md */
#define HV_EVENT_FLAGS_COUNT	(256 * 8)

/*
 * Only 7.2 defines it; the TLFS page gives it.
 * TLFS: datatypes/hv_synic_event_flags.md
 */
#define HV_EVENT_FLAGS_BYTE_COUNT	(256)

/* TLFS: datatypes/hv_synic_event_flags.md */
#define HV_EVENT_FLAGS_LONG_COUNT	(256 / sizeof(unsigned long))

/* TLFS: datatypes/hv_synic_event_flags.md */
union hv_synic_event_flags {
	unsigned long flags[HV_EVENT_FLAGS_LONG_COUNT];
};

/*
 * Synthetic interrupt sources per virtual processor.
 * TLFS: datatypes/hv_synic_sint_index.md
 */
#define HV_SYNIC_SINT_COUNT	(16)

/*
 * The SIEF page; only 7.2 declares it.
 * TLFS: inter-partition-communication.md#sief-page
 */
struct hv_synic_event_flags_page {
	volatile union hv_synic_event_flags event_flags[HV_SYNIC_SINT_COUNT];
};

/* TLFS: datatypes/hv_message.md */
#define HV_MESSAGE_SIZE			(256)
#define HV_MESSAGE_PAYLOAD_BYTE_COUNT	(240)
#define HV_MESSAGE_PAYLOAD_QWORD_COUNT	(30)

/*
 * Message types; the high bit marks types reserved to the hypervisor.
 * TLFS: datatypes/hv_message_type.md
 */
enum hv_message_type {
	HVMSG_NONE			= 0x00000000,
	HVMSG_UNMAPPED_GPA		= 0x80000000,
	HVMSG_GPA_INTERCEPT		= 0x80000001,
	HVMSG_TIMER_EXPIRED		= 0x80000010,
	HVMSG_INVALID_VP_REGISTER_VALUE	= 0x80000020,
	HVMSG_UNRECOVERABLE_EXCEPTION	= 0x80000021,
	HVMSG_UNSUPPORTED_FEATURE	= 0x80000022,
	HVMSG_EVENTLOG_BUFFERCOMPLETE	= 0x80000040,
	HVMSG_X64_IOPORT_INTERCEPT	= 0x80010000,
	HVMSG_X64_MSR_INTERCEPT		= 0x80010001,
	HVMSG_X64_CPUID_INTERCEPT	= 0x80010002,
	HVMSG_X64_EXCEPTION_INTERCEPT	= 0x80010003,
	HVMSG_X64_APIC_EOI		= 0x80010004,
	HVMSG_X64_LEGACY_FP_ERROR	= 0x80010005,
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

/* TLFS: inter-partition-communication.md#sversion-register */
#define HV_SYNIC_VERSION_1	(0x1)

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

#endif /* _ASM_GENERIC_HYPERV_TLFS_H */
