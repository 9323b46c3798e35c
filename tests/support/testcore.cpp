// TesseraTestCore (tests/CMakeLists.txt): the host's static libraries, whole,
// in one shared library for the test programs. This file only gives the
// library a source of its own; everything in it comes from those libraries.
