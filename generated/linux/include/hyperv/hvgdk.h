/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK guest definitions */

#ifndef _HV_HVGDK_H
#define _HV_HVGDK_H

#include "hvgdk_mini.h"
#include "hvgdk_ext.h"

#endif /* _HV_HVGDK_H */
