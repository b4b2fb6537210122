/* hvgen importer shim: the kernel integer types and attributes, outside a kernel tree. */
#ifndef _HVGEN_IMPORT_SHIM_TYPES_H
#define _HVGEN_IMPORT_SHIM_TYPES_H

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
typedef unsigned long size_t;
typedef _Bool bool;

#define __packed __attribute__((__packed__))
#define __aligned(x) __attribute__((__aligned__(x)))
#define offsetof(TYPE, MEMBER) __builtin_offsetof(TYPE, MEMBER)

/*
 * Members this shim adds are named __hvref_* (the convention of tests/shim and the reference
 * facts): the importer recognises __TRAILING_OVERLAP by its __hvref_offset_to_FAM padding and
 * leaves such members out of the layouts it compares.
 */

/* linux/stddef.h: a flexible array member overlapping the tail of TYPE. */
#define __TRAILING_OVERLAP(TYPE, NAME, FAM, ATTRS, MEMBERS)			\
	union {									\
		TYPE NAME;							\
		struct {							\
			unsigned char __hvref_offset_to_##FAM[offsetof(TYPE, FAM)];	\
			MEMBERS							\
		} ATTRS;							\
	}

/* linux/stddef.h: a flexible array member allowed alone or in a union. */
#define DECLARE_FLEX_ARRAY(TYPE, NAME)	\
	struct {			\
		struct { } __hvref_empty_ ## NAME;	\
		TYPE NAME[];		\
	}

#endif
