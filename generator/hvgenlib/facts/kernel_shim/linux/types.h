/* SPDX-License-Identifier: GPL-2.0 */
/*
 * hvgen's kernel shim: the integer types and attributes the Hyper-V headers use, so that they
 * compile outside a kernel tree. One shim serves the facts reader, the importer, the report's
 * kernel-tree column and the compiled tests.
 */
#ifndef _HVGEN_SHIM_LINUX_TYPES_H
#define _HVGEN_SHIM_LINUX_TYPES_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef signed char s8;
typedef short s16;
typedef int s32;
typedef long long s64;
typedef u8 __u8;
typedef u16 __u16;
typedef u32 __u32;
typedef u64 __u64;
typedef s8 __s8;
typedef s16 __s16;
typedef s32 __s32;
typedef s64 __s64;
typedef u16 __le16;
typedef u32 __le32;
typedef u64 __le64;
typedef unsigned long ulong;
/* The compiler's own spelling, so that a later <stddef.h> repeats the same type. */
typedef __SIZE_TYPE__ size_t;
#ifndef __cplusplus
typedef _Bool bool;
#endif

/* NSEC_PER_SEC is always defined in a kernel by the time the Hyper-V headers are read. */
#include <linux/time64.h>

#define __packed __attribute__((__packed__))
#define __aligned(x) __attribute__((__aligned__(x)))

#ifndef offsetof
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)
#endif

/*
 * linux/stddef.h's flexible-array helpers, with the same layout. Members this shim adds are
 * named __hvref_*, the reference facts' convention for shim artefacts: every comparison skips
 * them, and the importer recognises __TRAILING_OVERLAP by its __hvref_offset_to_FAM padding.
 */
#define DECLARE_FLEX_ARRAY(TYPE, NAME) \
	struct { \
		struct { } __hvref_empty_##NAME; \
		TYPE NAME[]; \
	}
#define __TRAILING_OVERLAP(TYPE, NAME, FAM, ATTRS, MEMBERS) \
	union { \
		TYPE NAME; \
		struct { \
			unsigned char __hvref_offset_to_##FAM[offsetof(TYPE, FAM)]; \
			MEMBERS \
		} ATTRS; \
	}

#endif
