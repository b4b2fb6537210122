/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/datatypes/vp-sets.yaml */
/*	spec/device-interrupts/device-ids.yaml */
/*	spec/device-interrupts/map-device-interrupt.yaml */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/memory/gpa-mapping.yaml */
/*	spec/partitions/create-partition.yaml */
/*	spec/partitions/events.yaml */
/*	spec/partitions/properties.yaml */
/*	spec/synic/ports.yaml */
/*	spec/virtual-interrupts/ipi.yaml */
/*	spec/virtualization-host/logical-processors.yaml */
/*	spec/virtualization-host/stats.yaml */
/*	spec/virtualization-host/system-properties.yaml */
/*	spec/vp-properties/virtual-processors.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK root-partition definitions, minimal set */

#ifndef _HV_HVHDK_MINI_H
#define _HV_HVHDK_MINI_H

#include "hvgdk_mini.h"

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

/* TLFS: datatypes/hv_vp_set.md#syntax */
enum hv_generic_set_format {
	HV_GENERIC_SET_SPARSE_4K	= 0,
	HV_GENERIC_SET_ALL		= 1,
};

/* HDK-only: not in the TLFS. */
#define HV_GENERIC_SET_FORMAT			hv_generic_set_format
#define HV_SOURCE_SHADOW_NONE			0x0
#define HV_SOURCE_SHADOW_BRIDGE_BUS_RANGE	0x1

/*
 * PCI requester ID of a device.
 * HDK-only: not in the TLFS.
 */
typedef u16 hv_pci_rid;

/* HDK-only: not in the TLFS. */
typedef u16 hv_pci_segment;

/* HDK-only: not in the TLFS. */
typedef u64 hv_logical_device_id;

/* HDK-only: not in the TLFS. */
union hv_pci_bdf {
	u16 as_uint16;
	struct {
		u8 function : 3;
		u8 device : 5;
		u8 bus;
	};
} __packed;

/* HDK-only: not in the TLFS. */
union hv_pci_bus_range {
	u16 as_uint16;
	struct {
		u8 subordinate_bus;
		u8 secondary_bus;
	};
} __packed;

/* HDK-only: not in the TLFS. */
enum hv_device_type {
	HV_DEVICE_TYPE_LOGICAL	= 0,
	HV_DEVICE_TYPE_PCI	= 1,
	HV_DEVICE_TYPE_IOAPIC	= 2,
	HV_DEVICE_TYPE_ACPI	= 3,
};

/* HDK-only: not in the TLFS. */
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

/* HDK-only: not in the TLFS. */
enum hv_interrupt_trigger_mode {
	HV_INTERRUPT_TRIGGER_MODE_EDGE	= 0,
	HV_INTERRUPT_TRIGGER_MODE_LEVEL	= 1,
};

/* HDK-only: not in the TLFS. */
struct hv_device_interrupt_descriptor {
	u32 interrupt_type;
	u32 trigger_mode;
	u32 vector_count;
	u32 reserved;
	struct hv_device_interrupt_target target;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_map_device_interrupt {
	u64 partition_id;
	u64 device_id;
	u32 flags;
	u32 base_irt_idx;
	struct hv_interrupt_entry logical_interrupt_entry;
	struct hv_device_interrupt_descriptor interrupt_descriptor;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_output_map_device_interrupt {
	struct hv_interrupt_entry interrupt_entry;
	u64 ext_status_deprecated[5];
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_unmap_device_interrupt {
	u64 partition_id;
	u64 device_id;
	struct hv_interrupt_entry interrupt_entry;
	u32 flags;
} __packed;

/* HDK-only: not in the TLFS. */
#define HV_MAX_CONTIGUOUS_ALLOCATION_PAGES	8
#define HV_MAP_GPA_PERMISSIONS_NONE		0x0

/* TLFS: datatypes/hv_map_gpa_flags.md#permission-bits-low-4-bits */
#define HV_MAP_GPA_READABLE		0x1
#define HV_MAP_GPA_WRITABLE		0x2
#define HV_MAP_GPA_KERNEL_EXECUTABLE	0x4
#define HV_MAP_GPA_USER_EXECUTABLE	0x8

/* HDK-only: not in the TLFS. */
#define HV_MAP_GPA_EXECUTABLE	0xC

/* TLFS: derived from HV_MAP_GPA_READABLE. */
#define HV_MAP_GPA_PERMISSIONS_MASK	0xF

/* HDK-only: not in the TLFS. */
#define HV_MAP_GPA_ADJUSTABLE	0x8000

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

/* HDK-only: not in the TLFS. */
union hv_gpa_page_access_state_flags {
	struct {
		u64 clear_accessed : 1;
		u64 set_accessed : 1;
		u64 clear_dirty : 1;
		u64 set_dirty : 1;
		u64 reserved : 60;
	} __packed;
	u64 as_uint64;
};

/* HDK-only: not in the TLFS. */
union hv_gpa_page_access_state {
	struct {
		u8 accessed : 1;
		u8 dirty : 1;
		u8 reserved : 6;
	};
	u8 as_uint8;
} __packed;

/* TLFS: hypercalls/HvCallWithdrawMemory.md#output-parameters */
struct hv_output_withdraw_memory {
	DECLARE_FLEX_ARRAY(u64, gpa_page_list);
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_get_gpa_pages_access_state {
	u64 partition_id;
	union hv_gpa_page_access_state_flags flags;
	u64 hv_gpa_page_number;
} __packed;

/* HDK-only: not in the TLFS. */
enum hv_crashdump_action {
	HV_CRASHDUMP_NONE			= 0,
	HV_CRASHDUMP_SUSPEND_ALL_VPS		= 1,
	HV_CRASHDUMP_PREPARE_FOR_STATE_SAVE	= 2,
	HV_CRASHDUMP_STATE_SAVED		= 3,
	HV_CRASHDUMP_ENTRY			= 4,
};

/* HDK-only: not in the TLFS. */
struct hv_partition_event_root_crashdump_input {
	u32 crashdump_action;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_crashdump_area {
	u32 version;
	union {
		u32 flags_as_uint32;
		struct {
			u32 cda_valid : 1;
			u32 cda_unused : 31;
		} __packed;
	};
} __packed;

/* HDK-only: not in the TLFS. */
union hv_partition_event_input {
	struct hv_partition_event_root_crashdump_input crashdump_input;
};

/* HDK-only: not in the TLFS. */
enum hv_partition_event {
	HV_PARTITION_EVENT_ROOT_CRASHDUMP		= 2,
	HV_PARTITION_ALL_LOGICAL_PROCESSORS_STARTED	= 4,
};

/* HDK-only: not in the TLFS. */
struct hv_input_notify_partition_event {
	u32 event;
	union hv_partition_event_input input;
} __packed;

/* HDK-only: not in the TLFS. */
#define HV_PARTITION_VMM_CAPABILITIES_BANK_COUNT		1
#define HV_PARTITION_VMM_CAPABILITIES_RESERVED_BITFIELD_COUNT	57

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

/* HDK-only: not in the TLFS. */
struct hv_partition_property_vmm_capabilities {
	u16 bank_count;
	u16 reserved[3];
	union {
		u64 as_uint64[HV_PARTITION_VMM_CAPABILITIES_BANK_COUNT];
		struct {
			u64 map_gpa_preserve_adjustable : 1;
			u64 vmm_can_provide_overlay_gpfn : 1;
			u64 vp_affinity_property : 1;
#if defined(CONFIG_X86)
			u64 reservedbit3 : 1;
#endif /* CONFIG_X86 */
#if defined(CONFIG_ARM64)
			u64 vmm_can_provide_gic_overlay_locations : 1;
#endif /* CONFIG_ARM64 */
			u64 assignable_synthetic_proc_features : 1;
			u64 reservedbit5 : 1;
			u64 vmm_enable_integrated_scheduler : 1;
			u64 reserved0 : 57;
		} __packed;
	};
} __packed;

/* HDK-only: not in the TLFS. */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_MASK	0x00000007

/* TLFS: datatypes/hv_connection_info.md#doorbell-flags-configuration */
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_ANY	0x00000000
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_BYTE	0x00000001
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_WORD	0x00000002
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_DWORD	0x00000003
#define HV_DOORBELL_FLAG_TRIGGER_SIZE_QWORD	0x00000004
#define HV_DOORBELL_FLAG_TRIGGER_ANY_VALUE	0x80000000

/* TLFS: hypercalls/HvCallSendSyntheticClusterIpiEx.md#input-parameters */
struct hv_send_ipi_ex {
	u32 vector;
	u32 reserved;
	struct hv_vpset vp_set;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_get_logical_processor_run_time {
	u32 lp_index;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_output_get_logical_processor_run_time {
	u64 global_time;
	u64 local_run_time;
	u64 rsvdz0;
	u64 hypervisor_time;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_lp_startup_status {
	u64 hv_status;
	u64 substatus1;
	u64 substatus2;
	u64 substatus3;
	u64 substatus4;
	u64 substatus5;
	u64 substatus6;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_add_logical_processor {
	u32 lp_index;
	u32 apic_id;
	struct hv_proximity_domain_info proximity_domain_info;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_output_add_logical_processor {
	struct hv_lp_startup_status startup_status;
} __packed;

/* HDK-only: not in the TLFS. */
enum hv_stats_area_type {
	HV_STATS_AREA_SELF	= 0,
	HV_STATS_AREA_PARENT	= 1,
	HV_STATS_AREA_INTERNAL	= 2,
	HV_STATS_AREA_COUNT	= 3,
};

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
		u32 lp_index;	/* HDK-only */
		u8 reserved[11];	/* HDK-only */
		u8 stats_area_type;	/* HDK-only */
	} __packed lp;
	struct {
		u64 partition_id;
		u8 reserved[7];
		u8 stats_area_type;
	} __packed partition;
	struct {
		u64 partition_id;
		u32 vp_index;
		u16 flags;	/* HDK-only */
		u8 reserved;
		u8 stats_area_type;
	} __packed vp;
};

/* HDK-only: not in the TLFS. */
struct hv_input_map_stats_page {
	u32 type;
	u32 padding;
	union hv_stats_object_identity identity;
} __packed;

/* TLFS: hypercalls/HvCallMapStatsPage2.md#input-parameters */
struct hv_input_map_stats_page2 {
	u32 type;
	u32 padding;
	union hv_stats_object_identity identity;
	u64 map_location;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_output_map_stats_page {
	u64 map_location;
} __packed;

/* TLFS: hypercalls/HvCallUnmapStatsPage.md#input-parameters */
struct hv_input_unmap_stats_page {
	u32 type;
	u32 padding;
	union hv_stats_object_identity identity;
} __packed;

/* HDK-only: not in the TLFS. */
#define HV_PFN_RANGE_PGBITS	24

/* HDK-only: not in the TLFS. */
enum hv_scheduler_type {
	HV_SCHEDULER_TYPE_LP		= 1,
	HV_SCHEDULER_TYPE_LP_SMT	= 2,
	HV_SCHEDULER_TYPE_CORE_SMT	= 3,
	HV_SCHEDULER_TYPE_ROOT		= 4,
	HV_SCHEDULER_TYPE_MAX		= 5,
};

/* HDK-only: not in the TLFS. */
enum hv_snp_status {
	HV_SNP_STATUS_NONE				= 0,
	HV_SNP_STATUS_AVAILABLE				= 1,
	HV_SNP_STATUS_INCOMPATIBLE			= 2,
	HV_SNP_STATUS_PSP_UNAVAILABLE			= 3,
	HV_SNP_STATUS_PSP_INIT_FAILED			= 4,
	HV_SNP_STATUS_PSP_BAD_FW_VERSION		= 5,
	HV_SNP_STATUS_BAD_CONFIGURATION			= 6,
	HV_SNP_STATUS_PSP_FW_UPDATE_IN_PROGRESS		= 7,
	HV_SNP_STATUS_PSP_RB_INIT_FAILED		= 8,
	HV_SNP_STATUS_PSP_PLATFORM_STATUS_FAILED	= 9,
	HV_SNP_STATUS_PSP_INIT_LATE_FAILED		= 10,
};

/* HDK-only: not in the TLFS. */
enum hv_system_property {
	HV_SYSTEM_PROPERTY_SLEEP_STATE		= 3,
	HV_SYSTEM_PROPERTY_SCHEDULER_TYPE	= 15,
	HV_DYNAMIC_PROCESSOR_FEATURE_PROPERTY	= 21,
	HV_SYSTEM_PROPERTY_CRASHDUMPAREA	= 47,
};

/* HDK-only: not in the TLFS. */
union hv_pfn_range {
	u64 as_uint64;
	struct {
		u64 base_pfn : 40;
		u64 add_pfns : 24;
	} __packed;
};

/* HDK-only: not in the TLFS. */
enum hv_sleep_state {
	HV_SLEEP_STATE_S1	= 1,
	HV_SLEEP_STATE_S2	= 2,
	HV_SLEEP_STATE_S3	= 3,
	HV_SLEEP_STATE_S4	= 4,
	HV_SLEEP_STATE_S5	= 5,
	HV_SLEEP_STATE_LOCK	= 6,
};

/* HDK-only: not in the TLFS. */
enum hv_dynamic_processor_feature_property {
	HV_X64_DYNAMIC_PROCESSOR_FEATURE_MAX_ENCRYPTED_PARTITIONS	= 13,
	HV_X64_DYNAMIC_PROCESSOR_FEATURE_SNP_STATUS			= 16,
};

/* HDK-only: not in the TLFS. */
struct hv_input_get_system_property {
	u32 property_id;
	u32 reserved;
	union {
		u64 as_uint64;
#if defined(CONFIG_X86)
		u32 hv_processor_feature;
#endif /* CONFIG_X86 */
	};
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_output_get_system_property {
	union {
		u32 scheduler_type;
#if defined(CONFIG_X86)
		u64 hv_processor_feature_value;
#endif /* CONFIG_X86 */
		union hv_pfn_range hv_cda_info;
		u64 hv_tramp_pa;
	};
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_sleep_state_info {
	u32 sleep_state;
	u8 pm1a_slp_typ;
	u8 pm1b_slp_typ;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_set_system_property {
	u32 property_id;
	u32 reserved;
	union {
		struct hv_sleep_state_info set_sleep_state_info;
		u64 reserved0[8];
	};
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_enter_sleep_state {
	u32 sleep_state;
} __packed;

/* HDK-only: not in the TLFS. */
struct hv_input_disable_hyp_ex {
	u64 rip;
	u64 arg;
} __packed;

/* HDK-only: not in the TLFS. */
enum {
	HV_SUBNODE_ANY		= 0,
	HV_SUBNODE_SOCKET	= 1,
	HV_SUBNODE_CLUSTER	= 2,
	HV_SUBNODE_L3		= 3,
	HV_SUBNODE_COUNT	= 4,
	HV_SUBNODE_INVALID	= -1,
};

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

#endif /* _HV_HVHDK_MINI_H */
