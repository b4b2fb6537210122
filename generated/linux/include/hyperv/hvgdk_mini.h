/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK guest definitions shared by guests and the root partition */

#ifndef _HV_HVGDK_MINI_H
#define _HV_HVGDK_MINI_H

#include <linux/types.h>
#include <linux/bits.h>

#endif /* _HV_HVGDK_MINI_H */
