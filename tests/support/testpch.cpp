// Owner of the precompiled test header (testpch.h); never run.
#include "testpch.h"
