/* bench/b4_cpu.py: callgrind client requests around one compile (gcc -shared -fPIC -O2 -o /tmp/libcg.so bench/callgrind_marks.c) */
#include <valgrind/callgrind.h>
void cg_start(void){ CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; CALLGRIND_TOGGLE_COLLECT; }
void cg_stop(void){ CALLGRIND_TOGGLE_COLLECT; CALLGRIND_DUMP_STATS; CALLGRIND_STOP_INSTRUMENTATION; }
