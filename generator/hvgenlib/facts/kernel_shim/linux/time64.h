/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen's kernel shim: the time constants the Hyper-V headers use (HV_CLOCK_HZ). */
#ifndef _HVGEN_SHIM_LINUX_TIME64_H
#define _HVGEN_SHIM_LINUX_TIME64_H

#define NSEC_PER_SEC 1000000000L

#endif
