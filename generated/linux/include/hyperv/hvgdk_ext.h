/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK extended hypercall definitions */

#ifndef _HV_HVGDK_EXT_H
#define _HV_HVGDK_EXT_H

#include "hvgdk_mini.h"

#endif /* _HV_HVGDK_EXT_H */
