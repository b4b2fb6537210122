/* hvgen importer shim: nothing of time64.h is used by the Hyper-V headers' types. */
#ifndef _HVGEN_IMPORT_SHIM_TIME64_H
#define _HVGEN_IMPORT_SHIM_TIME64_H
#include <linux/types.h>
#endif
