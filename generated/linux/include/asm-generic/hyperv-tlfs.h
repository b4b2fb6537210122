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
/*	spec/synic/event-flags.yaml */
/*	spec/synic/messages.yaml */
/*	spec/synic/msrs.yaml */
/*	spec/synic/registers.yaml */
/*	spec/timers/timers.yaml */
/*	spec/virtual-interrupts/ipi.yaml */
/*	spec/virtual-mmu/tlb-flush.yaml */
/*	spec/virtualization-host/logical-processors.yaml */
/*	spec/vp-properties/registers.yaml */
/*	spec/vp-properties/virtual-processors.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI common to all architectures */

#ifndef _ASM_GENERIC_HYPERV_TLFS_H
#define _ASM_GENERIC_HYPERV_TLFS_H

#include <linux/types.h>
#include <linux/bits.h>
#include <linux/time64.h>

/* TLFS: datatypes/hv_partition_id.md#constants */
#define HV_PARTITION_ID_SELF	((u64)-1)

/*
 * One bank per bit of the 64-bit ValidBanksMask.
 * TLFS: derived from hv_vpset.
 */
#define HV_MAX_SPARSE_VCPU_BANKS	(64)

/* TLFS: datatypes/hv_vp_set.md#sparse-virtual-processor-set */
#define HV_VCPUS_PER_SPARSE_BANK	(64)

/* TLFS: datatypes/hv_vp_set.md */
struct hv_vpset {
	u64 format;
	u64 valid_bank_mask;
	u64 bank_contents[];
} __packed;

/* TLFS: datatypes/hv_vp_set.md#syntax */
enum HV_GENERIC_SET_FORMAT {
	HV_GENERIC_SET_SPARSE_4K	= 0,
	HV_GENERIC_SET_ALL		= 1,
};

#define HV_SOURCE_SHADOW_NONE			0x0
#define HV_SOURCE_SHADOW_BRIDGE_BUS_RANGE	0x1

/* PCI requester ID of a device. */
typedef u16 hv_pci_rid;
typedef u16 hv_pci_segment;
typedef u64 hv_logical_device_id;

union hv_pci_bdf {
	u16 as_uint16;
	struct {
		u8 function : 3;
		u8 device : 5;
		u8 bus;
	};
} __packed;

union hv_pci_bus_range {
	u16 as_uint16;
	struct {
		u8 subordinate_bus;
		u8 secondary_bus;
	};
} __packed;

enum hv_device_type {
	HV_DEVICE_TYPE_LOGICAL	= 0,
	HV_DEVICE_TYPE_PCI	= 1,
	HV_DEVICE_TYPE_IOAPIC	= 2,
	HV_DEVICE_TYPE_ACPI	= 3,
};

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

enum hv_interrupt_trigger_mode {
	HV_INTERRUPT_TRIGGER_MODE_EDGE	= 0,
	HV_INTERRUPT_TRIGGER_MODE_LEVEL	= 1,
};

struct hv_device_interrupt_descriptor {
	u32 interrupt_type;
	u32 trigger_mode;
	u32 vector_count;
	u32 reserved;
	struct hv_device_interrupt_target target;
} __packed;

struct hv_input_map_device_interrupt {
	u64 partition_id;
	u64 device_id;
	u64 flags;
	struct hv_interrupt_entry logical_interrupt_entry;
	struct hv_device_interrupt_descriptor interrupt_descriptor;
} __packed;

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

struct hv_input_unmap_device_interrupt {
	u64 partition_id;
	u64 device_id;
	struct hv_interrupt_entry interrupt_entry;
} __packed;

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
#define HV_ISOLATION			BIT(22)

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
#define HV_ACCESS_FREQUENCY_MSRS	BIT(11)
#define HV_ACCESS_REENLIGHTENMENT	BIT(13)
#define HV_ACCESS_TSC_INVARIANT		BIT(15)

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HV_CREATE_PARTITIONS		BIT(0)
#define HV_ACCESS_PARTITION_ID		BIT(1)
#define HV_ACCESS_MEMORY_POOL		BIT(2)
#define HV_ADJUST_MESSAGE_BUFFERS	BIT(3)

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HV_POST_MESSAGES				BIT(4)
#define HV_SIGNAL_EVENTS				BIT(5)
#define HV_CREATE_PORT					BIT(6)
#define HV_CONNECT_PORT					BIT(7)
#define HV_ACCESS_STATS					BIT(8)
#define HV_DEBUGGING					BIT(11)
#define HV_CPU_MANAGEMENT				BIT(12)
#define HV_ENABLE_EXTENDED_HYPERCALLS			BIT(20)
#define HV_EXT_CAPABILITY_MEMORY_COLD_DISCARD_HINT	BIT(8)

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

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HVCALL_GET_PARTITION_ID	0x0046

/* TLFS: hypercalls/HvCallDepositMemory.md */
#define HVCALL_DEPOSIT_MEMORY	0x0048

/* TLFS: hypercalls/HvCallCreateVp.md */
#define HVCALL_CREATE_VP	0x004e

/* TLFS: hypercalls/HvCallGetVpRegisters.md */
#define HVCALL_GET_VP_REGISTERS	0x0050

/* TLFS: hypercalls/HvCallSetVpRegisters.md */
#define HVCALL_SET_VP_REGISTERS	0x0051

/* TLFS: hypercalls/HvCallPostMessage.md */
#define HVCALL_POST_MESSAGE	0x005c

/* TLFS: hypercalls/HvCallSignalEvent.md */
#define HVCALL_SIGNAL_EVENT	0x005d

/* TLFS: datatypes/hv_partition_privilege_mask.md#syntax */
#define HVCALL_POST_DEBUG_DATA		0x0069
#define HVCALL_RETRIEVE_DEBUG_DATA	0x006a
#define HVCALL_RESET_DEBUG_SESSION	0x006b
#define HVCALL_ADD_LOGICAL_PROCESSOR	0x0076
#define HVCALL_MAP_DEVICE_INTERRUPT	0x007c
#define HVCALL_UNMAP_DEVICE_INTERRUPT	0x007d

/* TLFS: hypercalls/HvCallRetargetDeviceInterrupt.md */
#define HVCALL_RETARGET_INTERRUPT	0x007e

/* TLFS: hypercalls/HvCallStartVirtualProcessor.md */
#define HVCALL_START_VP	0x0099

/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md */
#define HVCALL_GET_VP_ID_FROM_APIC_ID	0x009a

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressSpace.md */
#define HVCALL_FLUSH_GUEST_PHYSICAL_ADDRESS_SPACE	0x00af

/* TLFS: hypercalls/HvCallFlushGuestPhysicalAddressList.md */
#define HVCALL_FLUSH_GUEST_PHYSICAL_ADDRESS_LIST	0x00b0
#define HVCALL_MODIFY_SPARSE_GPA_PAGE_HOST_VISIBILITY	0x00db
#define HVCALL_MMIO_READ				0x0106
#define HVCALL_MMIO_WRITE				0x0107

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
#define HV_HYPERCALL_MMIO_MAX_DATA_LENGTH	64

struct hv_mmio_read_input {
	u64 gpa;
	u32 size;
	u32 reserved;
} __packed;

struct hv_mmio_read_output {
	u8 data[HV_HYPERCALL_MMIO_MAX_DATA_LENGTH];
} __packed;

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
#define HV_STATUS_ACCESS_DENIED		0x6
#define HV_STATUS_OPERATION_DENIED	0x8
#define HV_STATUS_INSUFFICIENT_MEMORY	0xB

/* TLFS: hypercalls/HvCallPostMessage.md#return-values */
#define HV_STATUS_INVALID_PORT_ID	0x11
#define HV_STATUS_INVALID_CONNECTION_ID	0x12
#define HV_STATUS_INSUFFICIENT_BUFFERS	0x13
#define HV_STATUS_TIME_OUT		0x78
#define HV_STATUS_VTL_ALREADY_ENABLED	0x86

/* TLFS: hypercalls/HvCallDepositMemory.md#input-parameters */
struct hv_deposit_memory {
	u64 partition_id;
	u64 gpa_page_list[];
} __packed;

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
#define HV_HYP_PAGE_MASK		(~(HV_HYP_PAGE_SIZE - 1))
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

#define HV_EXT_MEMORY_HEAT_HINT_TYPE_COLD_DISCARD	2

/* HvExtCallMemoryHeatHint input header, followed by the page ranges. */
struct hv_memory_hint {
	u64 type : 2;
	u64 reserved : 62;
	union hv_gpa_page_range ranges[];
} __packed;

#define HV_MEMORY_HINT_MAX_GPA_PAGE_RANGES	\
		((HV_HYP_PAGE_SIZE - sizeof(struct hv_memory_hint)) / \
		sizeof(union hv_gpa_page_range))

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

/* TLFS: datatypes/hv_crash_ctl_reg_contents.md#syntax */
#define HV_CRASH_CTL_CRASH_NOTIFY_MSG	BIT_ULL(62)
#define HV_CRASH_CTL_CRASH_NOTIFY	BIT_ULL(63)

/* TLFS: datatypes/hv_register_name.md#guest-crash-registers */
#define HV_REGISTER_GUEST_CRASH_P0	0x00000210
#define HV_REGISTER_GUEST_CRASH_P1	0x00000211
#define HV_REGISTER_GUEST_CRASH_P2	0x00000212
#define HV_REGISTER_GUEST_CRASH_P3	0x00000213
#define HV_REGISTER_GUEST_CRASH_P4	0x00000214
#define HV_REGISTER_GUEST_CRASH_CTL	0x00000215

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

struct hv_get_partition_id {
	u64 partition_id;
} __packed;

/* TLFS: datatypes/hv_synic_event_flags.md */
#define HV_EVENT_FLAGS_COUNT	(256 * 8)

/* TLFS: derived from HV_EVENT_FLAGS_BYTE_COUNT. */
#define HV_EVENT_FLAGS_LONG_COUNT	(256 / sizeof(unsigned long))

/* TLFS: datatypes/hv_synic_event_flags.md */
union hv_synic_event_flags {
	unsigned long flags[HV_EVENT_FLAGS_LONG_COUNT];
};

/* TLFS: datatypes/hv_message.md */
#define HV_MESSAGE_SIZE			(256)
#define HV_MESSAGE_PAYLOAD_BYTE_COUNT	(240)
#define HV_MESSAGE_PAYLOAD_QWORD_COUNT	(30)

/*
 * Message types; the high bit marks types reserved to the hypervisor.
 * TLFS: datatypes/hv_message_type.md#syntax
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

/*
 * Synthetic interrupt sources per virtual processor.
 * TLFS: datatypes/hv_synic_sint_index.md#syntax
 */
#define HV_SYNIC_SINT_COUNT	(16)

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

/* TLFS: datatypes/hv_register_name.md#synthetic-interrupt-controller-synic--primary */
#define HV_REGISTER_SINT0	0x000A0000
#define HV_REGISTER_SCONTROL	0x000A0010
#define HV_REGISTER_SIEFP	0x000A0012
#define HV_REGISTER_SIMP	0x000A0013
#define HV_REGISTER_EOM		0x000A0014
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

/* TLFS: timers.md#synthetic-timer-registers */
#define HV_SYNIC_STIMER_COUNT	(4)

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_TIME_REF_COUNT	0x00090004
#define HV_REGISTER_REFERENCE_TSC	0x00090017

/* TLFS: datatypes/hv_register_name.md#synthetic-timers */
#define HV_REGISTER_STIMER0_CONFIG	0x000B0000
#define HV_REGISTER_STIMER0_COUNT	0x000B0001

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

#define HV_MAX_FLUSH_PAGES	(2048)

/* TLFS: hypercalls/HvCallFlushVirtualAddressList.md#interface */
#define HV_FLUSH_ALL_PROCESSORS			BIT(0)
#define HV_FLUSH_ALL_VIRTUAL_ADDRESS_SPACES	BIT(1)
#define HV_FLUSH_NON_GLOBAL_MAPPINGS_ONLY	BIT(2)
#define HV_FLUSH_USE_EXTENDED_RANGE_FORMAT	BIT(3)

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
	struct hv_vpset hv_vp_set;
	u64 gva_list[];
} __packed;

struct hv_lp_startup_status {
	u64 hv_status;
	u64 substatus1;
	u64 substatus2;
	u64 substatus3;
	u64 substatus4;
	u64 substatus5;
	u64 substatus6;
} __packed;

struct hv_input_add_logical_processor {
	u32 lp_index;
	u32 apic_id;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

struct hv_output_add_logical_processor {
	struct hv_lp_startup_status startup_status;
} __packed;

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_VP_INDEX	0x00090003

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

/* TLFS: datatypes/hv_register_name.md#version--feature-discovery-128-bit-unless-noted */
#define HV_REGISTER_HYPERVISOR_VERSION	0x00000100
#define HV_REGISTER_FEATURES		0x00000200
#define HV_REGISTER_ENLIGHTENMENTS	0x00000201

/* TLFS: datatypes/hv_register_name.md#runtime--context */
#define HV_REGISTER_GUEST_OS_ID	0x00090002

struct input {
	u32 name0;
	u32 name1;
};

/* TLFS: hypercalls/HvCallGetVpRegisters.md#input-parameters */
struct hv_get_vp_registers_input {
	struct {
		u64 partitionid;
		u32 vpindex;
		u8 inputvtl;
		u8 padding[3];
	} header;
	struct input element[];
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

/* TLFS: datatypes/hv_vp_index.md#syntax */
#define HV_VP_INDEX_SELF	((u32)-2)

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

enum HV_SUBNODE_TYPE {
	HvSubnodeAny		= 0,
	HvSubnodeSocket		= 1,
	HvSubnodeAmdNode	= 2,
	HvSubnodeL3		= 3,
	HvSubnodeCount		= 4,
	HvSubnodeInvalid	= -1,
};

#endif /* _ASM_GENERIC_HYPERV_TLFS_H */
