/* hvgen importer shim: the time constants the Hyper-V headers use (HV_CLOCK_HZ). */
#ifndef _HVGEN_IMPORT_SHIM_TIME64_H
#define _HVGEN_IMPORT_SHIM_TIME64_H
#include <linux/types.h>
#define NSEC_PER_SEC 1000000000L
#endif
