// Owner of the precompiled Qt Quick test header (qmltestpch.h); never run.
#include "qmltestpch.h"

int main() { return 0; }
