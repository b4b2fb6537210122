/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen test shim: time constants the 6.12 asm-generic header includes <linux/time64.h> for. */
#ifndef _HVGEN_SHIM_LINUX_TIME64_H
#define _HVGEN_SHIM_LINUX_TIME64_H

#define NSEC_PER_SEC 1000000000L

#endif
