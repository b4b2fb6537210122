/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen test shim: the kernel integer types the generated headers use, outside a kernel tree. */
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
 * The kernel's helpers for flexible arrays, with the same layout. Members this shim adds are
 * named __hvref_*, the convention the reference facts use for shim artefacts (skipped there).
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
