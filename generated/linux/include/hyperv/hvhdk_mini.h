/* SPDX-License-Identifier: GPL-2.0 */
/* Do not edit directly, auto-generated from: */
/* by generator/hvgen. Edit the spec and run `make` to regenerate. */
/* HVGEN-GEN hdk: HDK root-partition definitions, minimal set */

#ifndef _HV_HVHDK_MINI_H
#define _HV_HVHDK_MINI_H

#include "hvgdk_mini.h"

#endif /* _HV_HVHDK_MINI_H */
