#ifndef ARGMAP_FUZZ_SUPPORT_H
#define ARGMAP_FUZZ_SUPPORT_H
#include <stddef.h>
#include <stdint.h>
/// libFuzzer's driver (in libclang_rt.fuzzer). SwiftPM links an executable target's entry
/// point as `<Target>_main`; with -parse-as-library each target defines that symbol itself
/// and hands over to the driver.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
