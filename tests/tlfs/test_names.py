"""names: the one rule between TLFS spellings and the kernel's (spec/README.md, "Names")."""

import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..",
                                "generator"))
from hvgenlib.tlfs import names  # noqa: E402


class ConstantNameTest(unittest.TestCase):
    CASES = {
        # the brief's examples
        "HvX64RegisterRax": "HV_X64_REGISTER_RAX",
        "HvArm64RegisterX0": "HV_ARM64_REGISTER_X0",
        "HvRegisterVpIndex": "HV_REGISTER_VP_INDEX",
        "HvMessageTypeX64Halt": "HVMSG_X64_HALT",
        "HvPartitionPropertyPrivilegeFlags": "HV_PARTITION_PROPERTY_PRIVILEGE_FLAGS",
        "HvInterceptTypeX64IoPort": "HV_INTERCEPT_TYPE_X64_IO_PORT",
        "HvCallVtlCall": "HVCALL_VTL_CALL",
        # the kernel's own spellings the rule must give (spec names of the same TLFS entries)
        "HvMessageTypeX64IoPortIntercept": "HVMSG_X64_IO_PORT_INTERCEPT",
        "HvMessageTimerExpired": "HVMSG_TIMER_EXPIRED",
        "HvRegisterGuestCrashP0": "HV_REGISTER_GUEST_CRASH_P0",
        "HvRegisterSint15": "HV_REGISTER_SINT15",
        "HvX64RegisterDr6": "HV_X64_REGISTER_DR6",
        "HvX64RegisterMsrMtrrPhysBaseA": "HV_X64_REGISTER_MSR_MTRR_PHYS_BASEA",
        "HvX64RegisterMsrMtrrPhysMaskF": "HV_X64_REGISTER_MSR_MTRR_PHYS_MASKF",
        "HvX64RegisterMsrMtrrFix64k00000": "HV_X64_REGISTER_MSR_MTRR_FIX64K00000",
        "HvRegisterVsmCodePageOffsets": "HV_REGISTER_VSM_CODE_PAGE_OFFSETS",
        "HvInterceptTypeX64ApicInitSipi": "HV_INTERCEPT_TYPE_X64_APIC_INIT_SIPI",
        "HvPartitionPropertyVmmCapabilities": "HV_PARTITION_PROPERTY_VMM_CAPABILITIES",
        "HvExtCallQueryCapabilities": "HV_EXT_CALL_QUERY_CAPABILITIES",
        "HvCallGetVpIndexFromApicId": "HVCALL_GET_VP_INDEX_FROM_APIC_ID",
        # a run of capitals is one word; ARM64 system registers keep their _ELn
        "HvPartitionPropertyProcessorCLFlushSize": "HV_PARTITION_PROPERTY_PROCESSOR_CL_FLUSH_SIZE",
        "HvArm64RegisterCcsidrEl1": "HV_ARM64_REGISTER_CCSIDR_EL1",
        "HvPartitionVpPropertySchedulingAffinitySet":
            "HV_PARTITION_VP_PROPERTY_SCHEDULING_AFFINITY_SET",
    }

    def test_rule(self):
        for tlfs, kernel in self.CASES.items():
            with self.subTest(tlfs=tlfs):
                self.assertEqual(names.constant_name(tlfs), kernel)

    def test_hypercalls_as_before(self):
        """constant_name gives a hypercall what hypercall_code (the audit's) gives."""
        for call in ("HvCallFlushVirtualAddressSpaceEx", "HvCallSendSyntheticClusterIpi",
                     "HvCallGetVpIndexFromApicId", "HvCallMapStatsPage2"):
            self.assertEqual(names.constant_name(call), names.hypercall_code(call))

    def test_longest_prefix(self):
        # HvMessageType, not HvMessage; HvPartitionVpProperty is its own prefix
        self.assertEqual(names.constant_name("HvMessageTypeNone"), "HVMSG_NONE")
        self.assertEqual(names.constant_name("HvMessageInsufficientMemory"),
                         "HVMSG_INSUFFICIENT_MEMORY")
        # a prefix is followed by a new word: HvRegisterFoo is not HvRegister + "foo"
        self.assertEqual(names.constant_name("HvRegistered"), "HV_REGISTERED")

    def test_unknown_prefix(self):
        self.assertEqual(names.constant_name("HvFooBar"), "HV_FOO_BAR")


class FieldNameTest(unittest.TestCase):
    def test_snake_case(self):
        for tlfs, kernel in {"PartitionId": "partition_id", "VpIndex": "vp_index",
                             "RsvdZ": "rsvd_z", "Reserved_1": "reserved_1",
                             "GpaPageNumber": "gpa_page_number", "APICId": "apic_id",
                             "TargetVtl": "target_vtl", "flags": "flags"}.items():
            with self.subTest(tlfs=tlfs):
                self.assertEqual(names.field_name(tlfs), kernel)


class TypeAndCallTest(unittest.TestCase):
    """The rules that existed before the import (audit.py and verdicts.py call them)."""

    def test_types(self):
        self.assertEqual(names.type_key("HV_PARTITION_PRIVILEGE_MASK"),
                         "hv_partition_privilege_mask")
        self.assertEqual(names.type_key("_HV_PARTITION_ID"), "hv_partition_id")

    def test_records(self):
        self.assertEqual(names.hypercall_records("HvCallCreatePartition"),
                         ("hv_input_create_partition", "hv_output_create_partition"))


if __name__ == "__main__":
    unittest.main()
