/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/datatypes/basic-types.yaml */
/*	spec/datatypes/vp-sets.yaml */
/*	spec/device-interrupts/device-ids.yaml */
/*	spec/device-interrupts/map-device-interrupt.yaml */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/feature-discovery/cpuid.yaml */
/*	spec/feature-discovery/privileges.yaml */
/*	spec/hypercall-interface/extended-hypercalls.yaml */
/*	spec/hypercall-interface/guest-os-id.yaml */
/*	spec/hypercall-interface/hypercall-codes.yaml */
/*	spec/hypercall-interface/hypercall-input.yaml */
/*	spec/hypercall-interface/mmio.yaml */
/*	spec/hypercall-interface/status-codes.yaml */
/*	spec/memory/gpa-mapping.yaml */
/*	spec/memory/hyp-page.yaml */
/*	spec/memory/memory-hint.yaml */
/*	spec/nested-virtualization/enlightened-vmcs.yaml */
/*	spec/partitions/crash.yaml */
/*	spec/partitions/create-partition.yaml */
/*	spec/partitions/lifecycle.yaml */
/*	spec/partitions/properties.yaml */
/*	spec/synic/event-flags.yaml */
/*	spec/synic/messages.yaml */
/*	spec/synic/msrs.yaml */
/*	spec/synic/ports.yaml */
/*	spec/synic/registers.yaml */
/*	spec/timers/timers.yaml */
/*	spec/virtual-interrupts/ipi.yaml */
/*	spec/virtual-mmu/tlb-flush.yaml */
/*	spec/virtualization-host/intercepts.yaml */
/*	spec/virtualization-host/logical-processors.yaml */
/*	spec/virtualization-host/stats.yaml */
/*	spec/vp-properties/registers.yaml */
/*	spec/vp-properties/virtual-processors.yaml */
/*	spec/vp-properties/vp-state.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI common to all architectures */

#ifndef _ASM_GENERIC_HYPERV_TLFS_H
#define _ASM_GENERIC_HYPERV_TLFS_H

#include <linux/types.h>
#include <linux/bits.h>
#include <linux/time64.h>

/* TLFS: datatypes/hv_partition_id.md#constants */
#define HV_PARTITION_ID_INVALID	((u64)0)
#define HV_PARTITION_ID_SELF	((u64)-1)

/* TLFS: datatypes/hv_register_value.md */
struct hv_u128 {
	u64 low_part;
	u64 high_part;
} __packed;

/* TLFS: none (No TLFS page names it.) */
#define HV_MAX_SPARSE_VCPU_BANKS	(64)
#define HV_VCPUS_PER_SPARSE_BANK	(64)

/* TLFS: datatypes/hv_vp_set.md */
struct hv_vpset {
	u64 format;
	u64 valid_bank_mask;
	u64 bank_contents[];
} __packed;

/*
 * TLFS: none (6.12 tag; 7.2 renames the enum hv_generic_set_format and keeps this name as a
 * macro.)
 */
enum HV_GENERIC_SET_FORMAT {
	HV_GENERIC_SET_SPARSE_4K	= 0,
	HV_GENERIC_SET_ALL		= 1,
};

/* TLFS: none (No TLFS page names it.) */
#define HV_SOURCE_SHADOW_NONE			0x0
#define HV_SOURCE_SHADOW_BRIDGE_BUS_RANGE	0x1

/* TLFS: none (No TLFS page names it.) */
typedef u16 hv_pci_rid;

/* TLFS: none (No TLFS page names it.) */
typedef u16 hv_pci_segment;

/* TLFS: none (No TLFS page names it.) */
typedef u64 hv_logical_device_id;

/* TLFS: none (No TLFS page names it.) */
union hv_pci_bdf {
	u16 as_uint16;
	struct {
		u8 function : 3;
		u8 device : 5;
		u8 bus;
	};
} __packed;

/* TLFS: none (No TLFS page names it.) */
union hv_pci_bus_range {
	u16 as_uint16;
	struct {
		u8 subordinate_bus;
		u8 secondary_bus;
	};
} __packed;

/* TLFS: none (No TLFS page names it.) */
enum hv_device_type {
	HV_DEVICE_TYPE_LOGICAL	= 0,
	HV_DEVICE_TYPE_PCI	= 1,
	HV_DEVICE_TYPE_IOAPIC	= 2,
	HV_DEVICE_TYPE_ACPI	= 3,
};

/* TLFS: none (No TLFS page names it.) */
union hv_device_id {
	u64 as_uint64;
	struct {
		u64 reserved0 : 62;
		u64 device_type : 2;
	};
	struct {
		u64 id : 62;
		u64 device_type : 2;
	} logical;
	struct {
		union {
			hv_pci_rid rid;
			union hv_pci_bdf bdf;
		};
		hv_pci_segment segment;
		union hv_pci_bus_range shadow_bus_range;
		u16 phantom_function_bits : 2;
		u16 source_shadow : 1;
		u16 rsvdz0 : 11;
		u16 device_type : 2;
	} pci;
	struct {
		u8 ioapic_id;
		u8 rsvdz0;
		u16 rsvdz1;
		u16 rsvdz2;
		u16 rsvdz3 : 14;
		u16 device_type : 2;
	} ioapic;
	struct {
		u32 input_mapping_base;
		u32 input_mapping_count : 30;
		u32 device_type : 2;
	} acpi;
} __packed;

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

/* TLFS: datatypes/hv_interrupt_entry.md */
struct hv_interrupt_entry {
	u32 source;
	u32 reserved1;
	union {
		union hv_msi_entry msi_entry;
		union hv_ioapic_rte ioapic_rte;
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

/* TLFS: none (No TLFS page names it.) */
enum hv_interrupt_trigger_mode {
	HV_INTERRUPT_TRIGGER_MODE_EDGE	= 0,
	HV_INTERRUPT_TRIGGER_MODE_LEVEL	= 1,
};

/* TLFS: none (No TLFS page names it.) */
struct hv_device_interrupt_descriptor {
	u32 interrupt_type;
	u32 trigger_mode;
	u32 vector_count;
	u32 reserved;
	struct hv_device_interrupt_target target;
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_input_map_device_interrupt {
	u64 partition_id;
	u64 device_id;
	u64 flags;
	struct hv_interrupt_entry logical_interrupt_entry;
	struct hv_device_interrupt_descriptor interrupt_descriptor;
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_output_map_device_interrupt {
	struct hv_interrupt_entry interrupt_entry;
} __packed;

/*
 * Kind of interrupt an hv_interrupt_entry describes (its source field).
 * TLFS: datatypes/hv_interrupt_entry.md
 */
enum hv_interrupt_source {
	HV_INTERRUPT_SOURCE_MSI		= 1,
	HV_INTERRUPT_SOURCE_IOAPIC	= 2,
};

/* TLFS: none (No TLFS page documents HvCallUnmapDeviceInterrupt.) */
struct hv_input_unmap_device_interrupt {
	u64 partition_id;
	u64 device_id;
	struct hv_interrupt_entry interrupt_entry;
} __packed;

/* TLFS: none (No TLFS page names it.) */
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
#define HV_ISOLATION			BIT(22)

/* TLFS: none (No TLFS page names it.) */
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

/* TLFS: none (No TLFS page names it.) */
#define HV_ACCESS_FREQUENCY_MSRS			BIT(11)
#define HV_ACCESS_REENLIGHTENMENT			BIT(13)
#define HV_ACCESS_TSC_INVARIANT				BIT(15)
#define HV_CREATE_PARTITIONS				BIT(0)
#define HV_ACCESS_PARTITION_ID				BIT(1)
#define HV_ACCESS_MEMORY_POOL				BIT(2)
#define HV_ADJUST_MESSAGE_BUFFERS			BIT(3)
#define HV_POST_MESSAGES				BIT(4)
#define HV_SIGNAL_EVENTS				BIT(5)
#define HV_CREATE_PORT					BIT(6)
#define HV_CONNECT_PORT					BIT(7)
#define HV_ACCESS_STATS					BIT(8)
#define HV_DEBUGGING					BIT(11)
#define HV_CPU_MANAGEMENT				BIT(12)
#define HV_ENABLE_EXTENDED_HYPERCALLS			BIT(20)
#define HV_EXT_CAPABILITY_MEMORY_COLD_DISCARD_HINT	BIT(8)
#define HV_LINUX_VENDOR_ID				0x8100

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
 * TLFS: none (The Result field of the hypercall result value (hypercall-interface.md#hypercall-
 * outputs); no TLFS constant.)
 */
#define HV_HYPERCALL_RESULT_MASK	GENMASK_ULL(15, 0)

/*
 * Fast (register-based) calling convention.
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_FAST_BIT	BIT(16)

/*
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_VARHEAD_OFFSET	17

/*
 * Variable header size, in 8-byte units.
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_VARHEAD_MASK	GENMASK_ULL(26, 17)

/*
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_RSVD0_MASK	GENMASK_ULL(31, 27)

/*
 * Is Nested; the L0 hypervisor handles the call.
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_NESTED	BIT_ULL(31)

/*
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_REP_COMP_OFFSET	32
#define HV_HYPERCALL_REP_COMP_1		BIT_ULL(32)

/*
 * Rep count on input, reps completed on output.
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_REP_COMP_MASK	GENMASK_ULL(43, 32)

/*
 * TLFS: none (A field of the hypercall input value (hypercall-interface.md#hypercall-inputs); no
 * TLFS constant.)
 */
#define HV_HYPERCALL_RSVD1_MASK		GENMASK_ULL(47, 44)
#define HV_HYPERCALL_REP_START_OFFSET	48
#define HV_HYPERCALL_REP_START_MASK	GENMASK_ULL(59, 48)
#define HV_HYPERCALL_RSVD2_MASK		GENMASK_ULL(63, 60)
#define HV_HYPERCALL_RSVD_MASK	\
		(HV_HYPERCALL_RSVD0_MASK | HV_HYPERCALL_RSVD1_MASK | HV_HYPERCALL_RSVD2_MASK)

/* TLFS: none (No TLFS page names it.) */
#define HV_HYPERCALL_MMIO_MAX_DATA_LENGTH	64

/* TLFS: none (No TLFS page names it.) */
struct hv_mmio_read_input {
	u64 gpa;
	u32 size;
	u32 reserved;
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_mmio_read_output {
	u8 data[HV_HYPERCALL_MMIO_MAX_DATA_LENGTH];
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_mmio_write_input {
	u64 gpa;
	u32 size;
	u32 reserved;
	u8 data[HV_HYPERCALL_MMIO_MAX_DATA_LENGTH];
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

/* TLFS: datatypes/hv_unmap_gpa_flags.md#defined-bits */
#define HV_UNMAP_GPA_LARGE_PAGE	0x2

/* TLFS: datatypes/hv_map_gpa_flags.md#permission-bits-low-4-bits */
#define HV_MAP_GPA_READABLE		0x1
#define HV_MAP_GPA_WRITABLE		0x2
#define HV_MAP_GPA_KERNEL_EXECUTABLE	0x4
#define HV_MAP_GPA_USER_EXECUTABLE	0x8

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

/* TLFS: none (The TLFS defines HV_PAGE_SIZE (datatypes/overview.md) but no page-shift constant.) */
#define HV_HYP_PAGE_SHIFT	12

/* TLFS: datatypes/overview.md */
#define HV_HYP_PAGE_SIZE	BIT(HV_HYP_PAGE_SHIFT)

/*
 * TLFS: none (Not the TLFS's HV_PAGE_MASK (datatypes/overview.md): that is the in-page offset
 * mask, this its complement.)
 */
#define HV_HYP_PAGE_MASK	(~(HV_HYP_PAGE_SIZE - 1))

/* TLFS: none (No TLFS page names it.) */
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

/* TLFS: none (No TLFS page names it.) */
struct hv_guest_mapping_flush {
	u64 address_space;
	u64 flags;
} __packed;

/* TLFS: none (No TLFS page names it.) */
#define HV_MAX_FLUSH_REP_COUNT	\
		((HV_HYP_PAGE_SIZE - 2 * sizeof(u64)) / sizeof(union hv_gpa_page_range))

/* TLFS: none (No TLFS page names it.) */
struct hv_guest_mapping_flush_list {
	u64 address_space;
	u64 flags;
	union hv_gpa_page_range gpa_list[HV_MAX_FLUSH_REP_COUNT];
};

/* TLFS: none (No TLFS page names it.) */
#define HV_CRASH_CTL_CRASH_NOTIFY_MSG	BIT_ULL(62)
#define HV_CRASH_CTL_CRASH_NOTIFY	BIT_ULL(63)

/* TLFS: none (6.12 register name; the 7.2 HDK headers name these registers HV_MSR_* instead.) */
#define HV_REGISTER_GUEST_CRASH_P0	0x00000210
#define HV_REGISTER_GUEST_CRASH_P1	0x00000211
#define HV_REGISTER_GUEST_CRASH_P2	0x00000212
#define HV_REGISTER_GUEST_CRASH_P3	0x00000213
#define HV_REGISTER_GUEST_CRASH_P4	0x00000214
#define HV_REGISTER_GUEST_CRASH_CTL	0x00000215

/*
 * Number of 64-bit banks of processor feature bits.
 * TLFS: none (The TLFS gives the feature banks as a two-UINT64 layout
 * (datatypes/hv_partition_processor_features.md) but names no bank count.)
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

/* TLFS: none (Linux 6.12 has it; the 7.2 HDK headers dropped it.) */
struct hv_get_partition_id {
	u64 partition_id;
} __packed;

/* TLFS: datatypes/hv_partition_property_code.md */
enum hv_partition_property_code {
	HV_PARTITION_PROPERTY_PRIVILEGE_FLAGS			= 0x00010000,
	HV_PARTITION_PROPERTY_SYNTHETIC_PROC_FEATURES		= 0x00010001,
	HV_PARTITION_PROPERTY_INTEGRATED_SCHEDULER_ENABLED	= 0x00020005,
	HV_PARTITION_PROPERTY_GPA_PAGE_ACCESS_TRACKING		= 0x00050005,
	HV_PARTITION_PROPERTY_UNIMPLEMENTED_MSR_ACTION		= 0x00050017,
	HV_PARTITION_PROPERTY_PROCESSOR_XSAVE_FEATURES		= 0x00060002,
	HV_PARTITION_PROPERTY_XSAVE_STATES			= 0x00060007,
	HV_PARTITION_PROPERTY_MAX_XSAVE_DATA_SIZE		= 0x00060008,
	HV_PARTITION_PROPERTY_PROCESSOR_CLOCK_FREQUENCY		= 0x00060009,
	HV_PARTITION_PROPERTY_VMM_CAPABILITIES			= 0x00090007,
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

/* TLFS: datatypes/hv_synic_event_flags.md */
#define HV_EVENT_FLAGS_COUNT	(256 * 8)

/*
 * Only 7.2 defines it; the TLFS page gives it.
 * TLFS: datatypes/hv_synic_event_flags.md
 */
#define HV_EVENT_FLAGS_BYTE_COUNT	(256)

/*
 * TLFS: none (6.12 name of the unsigned long count (7.2: HV_EVENT_FLAGS_UL_COUNT); the TLFS has
 * only HV_EVENT_FLAGS_BYTE_COUNT.)
 */
#define HV_EVENT_FLAGS_LONG_COUNT	(256 / sizeof(unsigned long))

/* TLFS: datatypes/hv_synic_event_flags.md */
union hv_synic_event_flags {
	unsigned long flags[HV_EVENT_FLAGS_LONG_COUNT];
};

/*
 * Synthetic interrupt sources per virtual processor.
 * TLFS: none (The TLFS says there are 16 SINTs (datatypes/hv_synic_sint_index.md) but names no
 * constant.)
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

/* TLFS: none (6.12 register name; the 7.2 HDK headers name these registers HV_MSR_* instead.) */
#define HV_REGISTER_SINT0	0x000A0000
#define HV_REGISTER_SCONTROL	0x000A0010
#define HV_REGISTER_SIEFP	0x000A0012
#define HV_REGISTER_SIMP	0x000A0013
#define HV_REGISTER_EOM		0x000A0014

/* TLFS: datatypes/hv_connection_info.md#doorbell-flags-configuration */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_ANY	0x00000000
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_BYTE	0x00000001
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_WORD	0x00000002
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD	0x00000003
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_QWORD	0x00000004
#define HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE	0x80000000

/* TLFS: datatypes/hv_port_type.md */
enum hv_port_type {
	HV_PORT_TYPE_MESSAGE	= 1,
	HV_PORT_TYPE_EVENT	= 2,
	HV_PORT_TYPE_MONITOR	= 3,
	HV_PORT_TYPE_DOORBELL	= 4,
};

/* TLFS: datatypes/hv_port_info.md */
struct hv_port_info {
	u32 port_type;
	u32 padding;
	union {
		struct {
			u32 target_sint;
			u32 target_vp;
			u64 rsvdz;
		} message_port_info;
		struct {
			u32 target_sint;
			u32 target_vp;
			u16 base_flag_number;
			u16 flag_count;
			u32 rsvdz;
		} event_port_info;
		struct {
			u64 monitor_address;
			u64 rsvdz;
		} monitor_port_info;
		struct {
			u32 target_sint;
			u32 target_vp;
			u64 rsvdz;
		} doorbell_port_info;
	};
} __packed;

/* TLFS: datatypes/hv_connection_info.md */
struct hv_connection_info {
	u32 port_type;
	u32 padding;
	union {
		struct {
			u64 rsvdz;
		} message_connection_info;
		struct {
			u64 rsvdz;
		} event_connection_info;
		struct {
			u64 monitor_address;
		} monitor_connection_info;
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

/*
 * TLFS: none (A field of the SVERSION register (inter-partition-communication.md); no TLFS
 * constant.)
 */
#define HV_SYNIC_VERSION_1	(0x1)

/*
 * TLFS: none (A field of the SINTx register (inter-partition-communication.md); no TLFS
 * constant.)
 */
#define HV_SYNIC_FIRST_VALID_VECTOR	(16)

/*
 * TLFS: none (A field of the SCONTROL register (inter-partition-communication.md); no TLFS
 * constant.)
 */
#define HV_SYNIC_CONTROL_ENABLE	(1ULL << 0)

/*
 * TLFS: none (A field of the SIMP register (inter-partition-communication.md); no TLFS
 * constant.)
 */
#define HV_SYNIC_SIMP_ENABLE	(1ULL << 0)

/*
 * TLFS: none (A field of the SIEFP register (inter-partition-communication.md); no TLFS
 * constant.)
 */
#define HV_SYNIC_SIEFP_ENABLE	(1ULL << 0)

/*
 * TLFS: none (A field of the SINTx register (inter-partition-communication.md); no TLFS
 * constant.)
 */
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

/* TLFS: none (No TLFS page names it.) */
#define HV_SYNIC_STIMER_COUNT	(4)

/* TLFS: none (6.12 register name; the 7.2 HDK headers name these registers HV_MSR_* instead.) */
#define HV_REGISTER_TIME_REF_COUNT	0x00090004
#define HV_REGISTER_REFERENCE_TSC	0x00090017
#define HV_REGISTER_STIMER0_CONFIG	0x000B0000
#define HV_REGISTER_STIMER0_COUNT	0x000B0001

/* TLFS: timers.md#partition-reference-time-stamp-counter-page */
struct ms_hyperv_tsc_page {
	volatile u32 tsc_sequence;
	u32 reserved1;
	volatile u64 tsc_scale;
	volatile s64 tsc_offset;
} __packed;

/* TLFS: none (No TLFS page names it.) */
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

/* TLFS: none (No TLFS page names it.) */
#define HV_CLOCK_HZ	(NSEC_PER_SEC / 100)

/* TLFS: none (No TLFS page names it.) */
union hv_reference_tsc_msr {
	u64 as_uint64;
	struct {
		u64 enable : 1;
		u64 reserved : 11;
		u64 pfn : 52;
	} __packed;
};

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

/* TLFS: none (No TLFS page names it.) */
#define HV_MAX_FLUSH_PAGES	(2048)

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#interface */
#define HV_FLUSH_ALL_PROCESSORS			BIT(0)
#define HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES	BIT(1)
#define HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY	BIT(2)

/* TLFS: none (No TLFS page names it.) */
#define HV_FLUSH_USE_EXTENDED_RANGE_FORMAT	BIT(3)

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#input-parameters */
struct hv_tlb_flush {
	u64 address_space;
	u64 flags;
	u64 processor_mask;
	u64 gva_list[];
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_tlb_flush_ex {
	u64 address_space;
	u64 flags;
	struct hv_vpset hv_vp_set;
	u64 gva_list[];
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
	HV_INTERCEPT_TYPE_X64_IO_PORT			= 0x00000000,
	HV_INTERCEPT_TYPE_X64_MSR			= 0x00000001,
	HV_INTERCEPT_TYPE_X64_CPUID			= 0x00000002,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_EXCEPTION			= 0x00000003,
	HV_INTERCEPT_TYPE_RESERVED0			= 0x00000004,
	HV_INTERCEPT_TYPE_MMIO				= 0x00000005,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_GLOBAL_CPUID		= 0x00000006,
	HV_INTERCEPT_TYPE_X64_APIC_SMI			= 0x00000007,
#endif /* CONFIG_X86 */
	HV_INTERCEPT_TYPE_HYPERCALL			= 0x00000008,
#if defined(CONFIG_X86)
	HV_INTERCEPT_TYPE_X64_APIC_INIT_SIPI		= 0x00000009,
	HV_INTERCEPT_MC_UPDATE_PATCH_LEVEL_MSR_READ	= 0x0000000A,
	HV_INTERCEPT_TYPE_X64_APIC_WRITE		= 0x0000000B,
	HV_INTERCEPT_TYPE_X64_MSR_INDEX			= 0x0000000C,
	HV_INTERCEPT_TYPE_MAX				= 13,
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
	HV_INTERCEPT_TYPE_MAX				= 9,
#endif /* CONFIG_ARM64 */
	HV_INTERCEPT_TYPE_INVALID			= 0xFFFFFFFF,
};

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

/* TLFS: none (No TLFS page names it.) */
struct hv_lp_startup_status {
	u64 hv_status;
	u64 substatus1;
	u64 substatus2;
	u64 substatus3;
	u64 substatus4;
	u64 substatus5;
	u64 substatus6;
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_input_add_logical_processor {
	u32 lp_index;
	u32 apic_id;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* TLFS: none (No TLFS page names it.) */
struct hv_output_add_logical_processor {
	struct hv_lp_startup_status startup_status;
} __packed;

/* TLFS: datatypes/hv_stats_object_type.md */
enum hv_stats_object_type {
	HV_STATS_OBJECT_HYPERVISOR		= 0x00000001,
	HV_STATS_OBJECT_LOGICAL_PROCESSOR	= 0x00000002,
	HV_STATS_OBJECT_PARTITION		= 0x00010001,
	HV_STATS_OBJECT_VP			= 0x00010002,
};

/* TLFS: datatypes/hv_stats_object_identity.md */
union hv_stats_object_identity {
	struct {
		u8 reserved[15];
		u8 stats_area_type;
	} __packed hv;
	struct {
		u32 lp_index;
		u8 reserved[11];
		u8 stats_area_type;
	} __packed lp;
	struct {
		u64 partition_id;
		u8 reserved[7];
		u8 stats_area_type;
	} __packed partition;
	struct {
		u64 partition_id;
		u32 vp_index;
		u16 flags;
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

/* TLFS: none (6.12 register name; the 7.2 HDK headers name these registers HV_MSR_* instead.) */
#define HV_REGISTER_VP_INDEX	0x00090003

/* TLFS: vsm.md#partition-configuration */
union hv_register_vsm_partition_config {
	u64 as_uint64;
	struct {
		u64 enable_vtl_protection : 1;
		u64 default_vtl_protection_mask : 4;
		u64 zero_memory_on_reset : 1;
		u64 deny_lower_vtl_startup : 1;
		u64 intercept_acceptance : 1;
		u64 intercept_enable_vtl_protection : 1;
		u64 intercept_vp_startup : 1;
		u64 intercept_cpuid_unimplemented : 1;
		u64 intercept_unrecoverable_exception : 1;
		u64 intercept_page : 1;
		u64 mbz : 51;
	} __packed;
};

/* TLFS: datatypes/hv_register_name.md */
enum hv_register_name {
	HV_REGISTER_EXPLICIT_SUSPEND			= 0x00000000,
	HV_REGISTER_INTERCEPT_SUSPEND			= 0x00000001,
	HV_REGISTER_DISPATCH_SUSPEND			= 0x00000003,
	HV_REGISTER_PRIVILEGES_AND_FEATURES_INFO	= 0x00000200,
	HV_REGISTER_FEATURES_INFO			= 0x00000201,
	HV_REGISTER_IMPLEMENTATION_LIMITS_INFO		= 0x00000202,
	HV_REGISTER_HARDWARE_FEATURES_INFO		= 0x00000203,
	HV_REGISTER_CPU_MANAGEMENT_FEATURES_INFO	= 0x00000204,
	HV_REGISTER_SVM_FEATURES_INFO			= 0x00000205,
	HV_REGISTER_SKIP_LEVEL_FEATURES_INFO		= 0x00000206,
	HV_REGISTER_NESTED_VIRT_FEATURES_INFO		= 0x00000207,
	HV_REGISTER_IPT_FEATURES_INFO			= 0x00000208,
	HV_REGISTER_VP_RUNTIME				= 0x00090000,
	HV_REGISTER_CPU_MANAGEMENT_VERSION		= 0x00090007,
	HV_REGISTER_VP_ASSIST_PAGE			= 0x00090013,
	HV_REGISTER_VP_ROOT_SIGNAL_COUNT		= 0x00090014,
	HV_REGISTER_SINT1				= 0x000A0001,
	HV_REGISTER_SINT2				= 0x000A0002,
	HV_REGISTER_SINT3				= 0x000A0003,
	HV_REGISTER_SINT4				= 0x000A0004,
	HV_REGISTER_SINT5				= 0x000A0005,
	HV_REGISTER_SINT6				= 0x000A0006,
	HV_REGISTER_SINT7				= 0x000A0007,
	HV_REGISTER_SINT8				= 0x000A0008,
	HV_REGISTER_SINT9				= 0x000A0009,
	HV_REGISTER_SINT10				= 0x000A000A,
	HV_REGISTER_SINT11				= 0x000A000B,
	HV_REGISTER_SINT12				= 0x000A000C,
	HV_REGISTER_SINT13				= 0x000A000D,
	HV_REGISTER_SINT14				= 0x000A000E,
	HV_REGISTER_SINT15				= 0x000A000F,
	HV_REGISTER_SVERSION				= 0x000A0011,
	HV_REGISTER_SIRBP				= 0x000A0015,
	HV_REGISTER_NESTED_SINT0			= 0x000A1000,
	HV_REGISTER_NESTED_SINT1			= 0x000A1001,
	HV_REGISTER_NESTED_SINT2			= 0x000A1002,
	HV_REGISTER_NESTED_SINT3			= 0x000A1003,
	HV_REGISTER_NESTED_SINT4			= 0x000A1004,
	HV_REGISTER_NESTED_SINT5			= 0x000A1005,
	HV_REGISTER_NESTED_SINT6			= 0x000A1006,
	HV_REGISTER_NESTED_SINT7			= 0x000A1007,
	HV_REGISTER_NESTED_SINT8			= 0x000A1008,
	HV_REGISTER_NESTED_SINT9			= 0x000A1009,
	HV_REGISTER_NESTED_SINT10			= 0x000A100A,
	HV_REGISTER_NESTED_SINT11			= 0x000A100B,
	HV_REGISTER_NESTED_SINT12			= 0x000A100C,
	HV_REGISTER_NESTED_SINT13			= 0x000A100D,
	HV_REGISTER_NESTED_SINT14			= 0x000A100E,
	HV_REGISTER_NESTED_SINT15			= 0x000A100F,
	HV_REGISTER_NESTED_SCONTROL			= 0x000A1010,
	HV_REGISTER_NESTED_SVERSION			= 0x000A1011,
	HV_REGISTER_NESTED_SIFP				= 0x000A1012,
	HV_REGISTER_NESTED_SIPP				= 0x000A1013,
	HV_REGISTER_NESTED_EOM				= 0x000A1014,
	HV_REGISTER_NESTED_SIRBP			= 0x000a1015,
	HV_REGISTER_VSM_VP_STATUS			= 0x000D0003,
	HV_REGISTER_VSM_CODE_PAGE_OFFSETS		= 0x000D0002,
	HV_REGISTER_VSM_CAPABILITIES			= 0x000D0006,
	HV_REGISTER_VSM_PARTITION_CONFIG		= 0x000D0007,
#if defined(CONFIG_X86)
	HV_X64_REGISTER_DR0				= 0x00050000,
	HV_X64_REGISTER_DR1				= 0x00050001,
	HV_X64_REGISTER_DR2				= 0x00050002,
	HV_X64_REGISTER_DR3				= 0x00050003,
	HV_X64_REGISTER_DR6				= 0x00050004,
	HV_X64_REGISTER_DR7				= 0x00050005,
	HV_X64_REGISTER_MSR_MTRR_CAP			= 0x0008000D,
	HV_X64_REGISTER_MSR_MTRR_DEF_TYPE		= 0x0008000E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE0		= 0x00080010,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE1		= 0x00080011,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE2		= 0x00080012,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE3		= 0x00080013,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE4		= 0x00080014,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE5		= 0x00080015,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE6		= 0x00080016,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE7		= 0x00080017,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE8		= 0x00080018,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASE9		= 0x00080019,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEA		= 0x0008001A,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEB		= 0x0008001B,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEC		= 0x0008001C,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASED		= 0x0008001D,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEE		= 0x0008001E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_BASEF		= 0x0008001F,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK0		= 0x00080040,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK1		= 0x00080041,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK2		= 0x00080042,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK3		= 0x00080043,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK4		= 0x00080044,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK5		= 0x00080045,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK6		= 0x00080046,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK7		= 0x00080047,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK8		= 0x00080048,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASK9		= 0x00080049,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKA		= 0x0008004A,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKB		= 0x0008004B,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKC		= 0x0008004C,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKD		= 0x0008004D,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKE		= 0x0008004E,
	HV_X64_REGISTER_MSR_MTRR_PHYS_MASKF		= 0x0008004F,
	HV_X64_REGISTER_MSR_MTRR_FIX64K00000		= 0x00080070,
	HV_X64_REGISTER_MSR_MTRR_FIX16K80000		= 0x00080071,
	HV_X64_REGISTER_MSR_MTRR_FIX16KA0000		= 0x00080072,
	HV_X64_REGISTER_MSR_MTRR_FIX4KC0000		= 0x00080073,
	HV_X64_REGISTER_MSR_MTRR_FIX4KC8000		= 0x00080074,
	HV_X64_REGISTER_MSR_MTRR_FIX4KD0000		= 0x00080075,
	HV_X64_REGISTER_MSR_MTRR_FIX4KD8000		= 0x00080076,
	HV_X64_REGISTER_MSR_MTRR_FIX4KE0000		= 0x00080077,
	HV_X64_REGISTER_MSR_MTRR_FIX4KE8000		= 0x00080078,
	HV_X64_REGISTER_MSR_MTRR_FIX4KF0000		= 0x00080079,
	HV_X64_REGISTER_MSR_MTRR_FIX4KF8000		= 0x0008007A,
	HV_X64_REGISTER_REG_PAGE			= 0x0009001C,
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
	HV_ARM64_REGISTER_SINT_RESERVED_INTERRUPT_ID	= 0x00070001,
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

/* TLFS: none (No TLFS page names it.) */
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

/* TLFS: none (6.12 register name; the 7.2 HDK headers name these registers HV_MSR_* instead.) */
#define HV_REGISTER_HYPERVISOR_VERSION	0x00000100
#define HV_REGISTER_FEATURES		0x00000200
#define HV_REGISTER_ENLIGHTENMENTS	0x00000201
#define HV_REGISTER_GUEST_OS_ID		0x00090002

/* TLFS: none (Linux 6.12 has it; the 7.2 HDK headers dropped it.) */
struct input {
	u32 name0;
	u32 name1;
};

/* TLFS: none (Linux 6.12 has it; the 7.2 HDK headers dropped it.) */
struct hv_get_vp_registers_input {
	struct {
		u64 partitionid;
		u32 vpindex;
		u8 inputvtl;
		u8 padding[3];
	} header;
	struct input element[];
} __packed;

/* TLFS: none (6.12's HvSetVpRegisters input layout; 7.2 declares the input under another name.) */
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

/* TLFS: datatypes/hv_vp_index.md#syntax */
#define HV_VP_INDEX_SELF	((u32)-2)
#define HV_ANY_VP		((u32)-1)

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

/* TLFS: none (Linux 6.12 has it; the 7.2 HDK headers dropped it.) */
enum HV_SUBNODE_TYPE {
	HvSubnodeAny		= 0,
	HvSubnodeSocket		= 1,
	HvSubnodeAmdNode	= 2,
	HvSubnodeL3		= 3,
	HvSubnodeCount		= 4,
	HvSubnodeInvalid	= -1,
};

/* TLFS: datatypes/hv_vp_state_page_type.md */
enum hv_vp_state_page_type {
	HV_VP_STATE_PAGE_REGISTERS		= 0,
	HV_VP_STATE_PAGE_INTERCEPT_MESSAGE	= 1,
	HV_VP_STATE_PAGE_GHCB			= 2,
	HV_VP_STATE_PAGE_COUNT			= 3,
};

/* TLFS: hypercalls/HvCallMapVpStatePage.md#output-parameters */
struct hv_output_map_vp_state_page {
	u64 map_location;
} __packed;

#endif /* _ASM_GENERIC_HYPERV_TLFS_H */
