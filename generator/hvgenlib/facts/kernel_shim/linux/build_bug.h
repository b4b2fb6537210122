/* SPDX-License-Identifier: GPL-2.0 */
/* hvgen's kernel shim: compile-time assertions as the kernel spells them. */
#ifndef _HVGEN_SHIM_LINUX_BUILD_BUG_H
#define _HVGEN_SHIM_LINUX_BUILD_BUG_H

#define static_assert _Static_assert

#endif
