/* hvgen's Windows shim: the Windows base types the TLFS's C blocks use without defining them,
 * written for hvgen; force-included before every block (facts/targets.py, TLFS targets). */
#ifndef _HVGEN_WINDOWS_TYPES_H
#define _HVGEN_WINDOWS_TYPES_H

typedef unsigned char UINT8, UCHAR, BYTE, BOOLEAN, *PUINT8;
typedef signed char INT8, CHAR;
typedef unsigned short UINT16, USHORT, WORD, WCHAR;
typedef short INT16, SHORT;
typedef unsigned int UINT32, ULONG, DWORD, UINT, *PUINT32;
typedef int INT32, LONG, INT, BOOL;
typedef unsigned long long UINT64, ULONG64, ULONGLONG, DWORD64, *PUINT64;
typedef long long INT64, LONG64, LONGLONG;
typedef unsigned long long ULONG_PTR, UINT_PTR, SIZE_T;
typedef void VOID, *PVOID;
typedef const void *PCVOID;
typedef struct { UINT64 Low64; UINT64 High64; } UINT128;
#define CONST const
#define MAXUINT64 ((UINT64)~((UINT64)0))
#define DECLSPEC_ALIGN(x) __declspec(align(x))
#define ANYSIZE_ARRAY 1
#define _In_
#define _Out_
#define _Inout_
#define _In_opt_
#define _Out_opt_
#define _Inout_opt_
#define _In_reads_(x)
#define _In_reads_opt_(x)
#define _In_reads_bytes_(x)
#define _Out_writes_(x)
#define _Out_writes_bytes_(x)
#define _Out_writes_opt_(x)
#define _Out_writes_to_(x, y)
#define _Inout_updates_(x)
#define _Inout_updates_opt_(x)

#endif
