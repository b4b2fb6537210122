/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/*	spec/device-interrupts/unmap-device-interrupt.yaml */
/*	spec/feature-discovery/cpuid.yaml */
/*	spec/hypercall-interface/hypercall-input.yaml */
/*	spec/hypercall-interface/msrs.yaml */
/*	spec/memory/host-visibility.yaml */
/*	spec/nested-virtualization/enlightened-vmcs.yaml */
/*	spec/nested-virtualization/tsc-emulation.yaml */
/*	spec/partitions/crash.yaml */
/*	spec/synic/msrs.yaml */
/*	spec/timers/timers.yaml */
/*	spec/virtual-interrupts/ipi.yaml */
/*	spec/vp-properties/msrs.yaml */
/*	spec/vp-properties/registers.yaml */
/*	spec/vp-properties/virtual-processors.yaml */
/*	spec/vp-properties/vp-assist-page.yaml */
/*	spec/vsm/vtl.yaml */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN tlfs: the documented Hyper-V ABI specific to x86 */

#ifndef _ASM_X86_HYPERV_TLFS_H
#define _ASM_X86_HYPERV_TLFS_H

#include <linux/types.h>
#include <asm/page.h>

/*
 * HV_MSI_ENTRY's UINT32 Address; its bits are the x86 MSI format, which the TLFS does not give.
 * TLFS: datatypes/hv_msi_entry.md
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

/*
 * HV_MSI_ENTRY's UINT32 Data; its bits are the x86 MSI format, which the TLFS does not give.
 * TLFS: datatypes/hv_msi_entry.md
 */
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
#define HYPERV_CPUID_NESTED_FEATURES			0x4000000A
#define HYPERV_CPUID_ISOLATION_CONFIG			0x4000000C
#define HYPERV_CPUID_VIRT_STACK_INTERFACE		0x40000081
#define HYPERV_VS_INTERFACE_EAX_SIGNATURE		0x31235356
#define HYPERV_CPUID_VIRT_STACK_PROPERTIES		0x40000082
#define HYPERV_VS_PROPERTIES_EAX_EXTENDED_IOAPIC_RTE	BIT(2)

/* TLFS: feature-discovery.md#hypervisor-discovery */
#define HYPERV_HYPERVISOR_PRESENT_BIT	0x80000000

/* TLFS: feature-discovery.md#hypervisor-cpuid-leaf-range---0x40000000 */
#define HYPERV_CPUID_MIN	0x40000005
#define HYPERV_CPUID_MAX	0x4000ffff

/* TLFS: feature-discovery.md#hypervisor-feature-identification---0x40000003 */
#define HV_X64_MWAIT_AVAILABLE				BIT(0)
#define HV_X64_GUEST_DEBUGGING_AVAILABLE		BIT(1)
#define HV_X64_PERF_MONITOR_AVAILABLE			BIT(2)
#define HV_X64_CPU_DYNAMIC_PARTITIONING_AVAILABLE	BIT(3)
#define HV_X64_HYPERCALL_XMM_INPUT_AVAILABLE		BIT(4)
#define HV_X64_GUEST_IDLE_STATE_AVAILABLE		BIT(5)
#define HV_FEATURE_FREQUENCY_MSRS_AVAILABLE		BIT(8)
#define HV_FEATURE_GUEST_CRASH_MSR_AVAILABLE		BIT(10)
#define HV_FEATURE_DEBUG_MSRS_AVAILABLE			BIT(11)
#define HV_FEATURE_EXT_GVA_RANGES_FLUSH			BIT(14)
#define HV_X64_HYPERCALL_XMM_OUTPUT_AVAILABLE		BIT(15)
#define HV_STIMER_DIRECT_MODE_AVAILABLE			BIT(19)

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
#define HV_X64_USE_MMIO_HYPERCALLS		BIT(21)
#define HV_X64_START_LOGICAL_PROCESSOR		BIT(0)
#define HV_X64_CREATE_ROOT_VIRTUAL_PROCESSOR	BIT(1)
#define HV_X64_PERFORMANCE_COUNTER_SYNC		BIT(2)
#define HV_X64_RESERVED_IDENTITY_BIT		BIT(31)

/* TLFS: feature-discovery.md#implementation-recommendations---0x40000004 */
#define HV_X64_NO_NONARCH_CORESHARING	BIT(18)

/* TLFS: feature-discovery.md#hypervisor-nested-virtualization-features---0x4000000a */
#define HV_X64_NESTED_DIRECT_FLUSH		BIT(17)
#define HV_X64_NESTED_GUEST_MAPPING_FLUSH	BIT(18)
#define HV_X64_NESTED_MSR_BITMAP		BIT(19)
#define HV_X64_NESTED_EVMCS1_PERF_GLOBAL_CTRL	BIT(0)
#define HV_X64_NESTED_ENLIGHTENED_TLB		BIT(22)
#define HV_PARAVISOR_PRESENT			BIT(0)
#define HV_ISOLATION_TYPE			GENMASK(3, 0)
#define HV_SHARED_GPA_BOUNDARY_ACTIVE		BIT(5)
#define HV_SHARED_GPA_BOUNDARY_BITS		GENMASK(11, 6)

enum hv_isolation_type {
	HV_ISOLATION_TYPE_NONE	= 0,
	HV_ISOLATION_TYPE_VBS	= 1,
	HV_ISOLATION_TYPE_SNP	= 2,
	HV_ISOLATION_TYPE_TDX	= 3,
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

/* TLFS: derived from hv_x64_msr_hypercall_contents. */
#define HV_X64_MSR_HYPERCALL_ENABLE		0x00000001
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT	12
#define HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_MASK	\
		(~((1ull << HV_X64_MSR_HYPERCALL_PAGE_ADDRESS_SHIFT) - 1))
#define HV_MAX_MODIFY_GPA_REP_COUNT		((PAGE_SIZE / sizeof(u64)) - 2)

enum hv_mem_host_visibility {
	VMBUS_PAGE_NOT_VISIBLE		= 0,
	VMBUS_PAGE_VISIBLE_READ_ONLY	= 1,
	VMBUS_PAGE_VISIBLE_READ_WRITE	= 3,
};

struct hv_gpa_range_for_visibility {
	u64 partition_id;
	u32 host_visibility : 2;
	u32 reserved0 : 30;
	u32 reserved1;
	u64 gpa_page_list[HV_MAX_MODIFY_GPA_REP_COUNT];
} __packed;

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
#define HV_MSR_CRASH_P0		(HV_X64_MSR_CRASH_P0)
#define HV_MSR_CRASH_P1		(HV_X64_MSR_CRASH_P1)
#define HV_MSR_CRASH_P2		(HV_X64_MSR_CRASH_P2)
#define HV_MSR_CRASH_P3		(HV_X64_MSR_CRASH_P3)
#define HV_MSR_CRASH_P4		(HV_X64_MSR_CRASH_P4)
#define HV_MSR_CRASH_CTL	(HV_X64_MSR_CRASH_CTL)

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
#define HV_MSR_SINT0		(HV_X64_MSR_SINT0)
#define HV_MSR_SVERSION		(HV_X64_MSR_SVERSION)
#define HV_MSR_SCONTROL		(HV_X64_MSR_SCONTROL)
#define HV_MSR_SIEFP		(HV_X64_MSR_SIEFP)
#define HV_MSR_SIMP		(HV_X64_MSR_SIMP)
#define HV_MSR_EOM		(HV_X64_MSR_EOM)
#define HV_MSR_NESTED_SCONTROL	(HV_X64_MSR_NESTED_SCONTROL)
#define HV_MSR_NESTED_SVERSION	(HV_X64_MSR_NESTED_SVERSION)
#define HV_MSR_NESTED_SIEFP	(HV_X64_MSR_NESTED_SIEFP)
#define HV_MSR_NESTED_SIMP	(HV_X64_MSR_NESTED_SIMP)
#define HV_MSR_NESTED_EOM	(HV_X64_MSR_NESTED_EOM)
#define HV_MSR_NESTED_SINT0	(HV_X64_MSR_NESTED_SINT0)

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
#define HV_X64_MSR_TSC_INVARIANT_CONTROL	0x40000118
#define HV_EXPOSE_INVARIANT_TSC			BIT_ULL(0)

/* TLFS: derived from HV_X64_MSR_TIME_REF_COUNT. */
#define HV_MSR_TIME_REF_COUNT	(HV_X64_MSR_TIME_REF_COUNT)
#define HV_MSR_REFERENCE_TSC	(HV_X64_MSR_REFERENCE_TSC)
#define HV_MSR_STIMER0_CONFIG	(HV_X64_MSR_STIMER0_CONFIG)
#define HV_MSR_STIMER0_COUNT	(HV_X64_MSR_STIMER0_COUNT)

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
	HV_X64_INTERRUPT_TYPE_MAXIMUM		= 0x000A,
};

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

/* TLFS: datatypes/hv_input_vtl.md */
union hv_input_vtl {
	u8 as_uint8;
	struct {
		u8 target_vtl : 4;
		u8 use_target_vtl : 1;
		u8 reserved_z : 3;
	};
} __packed;

/* TLFS: hypercalls/HvCallGetVpIndexFromApicId.md#input-parameters */
struct hv_get_vp_from_apic_id_in {
	u64 partition_id;
	union hv_input_vtl target_vtl;
	u8 res[7];
	u32 apic_ids[];
} __packed;

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
		__u32 reserved : 31;
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
	__u8 intercept_message[256];
	__u8 vtl_ret_actions[256];
} __packed;

/* TLFS: nested-virtualization.md#partition-assist-page */
struct hv_partition_assist_pg {
	u32 tlb_lock_count;
};

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

#include <asm-generic/hyperv-tlfs.h>

#endif /* _ASM_X86_HYPERV_TLFS_H */
