// Tessera SDK: generated version header. Do not edit; edit sdk/CMakeLists.txt.
#pragma once

/// Major version of the SDK a plugin is compiled against. A host accepts a
/// plugin only when the plugin's major equals the host's. @since 1.0
#define TESSERA_SDK_VERSION_MAJOR 2
/// Minor version: grows when the SDK adds backward-compatible API. A host
/// accepts plugins built against its own minor or an older one. @since 1.0
#define TESSERA_SDK_VERSION_MINOR 0
/// Patch version: fixes only, no API change. @since 1.0
#define TESSERA_SDK_VERSION_PATCH 0
/// The version as a string, "major.minor.patch". @since 1.0
#define TESSERA_SDK_VERSION_STRING "2.0.0"
