
#ifndef TESSERA_SDK_EXPORT_H
#define TESSERA_SDK_EXPORT_H

#ifdef TESSERA_SDK_STATIC_DEFINE
#  define TESSERA_SDK_EXPORT
#  define TESSERA_SDK_NO_EXPORT
#else
#  ifndef TESSERA_SDK_EXPORT
#    ifdef TesseraSdk_EXPORTS
        /* We are building this library */
#      define TESSERA_SDK_EXPORT __attribute__((visibility("default")))
#    else
        /* We are using this library */
#      define TESSERA_SDK_EXPORT __attribute__((visibility("default")))
#    endif
#  endif

#  ifndef TESSERA_SDK_NO_EXPORT
#    define TESSERA_SDK_NO_EXPORT __attribute__((visibility("hidden")))
#  endif
#endif

#ifndef TESSERA_SDK_DEPRECATED
#  define TESSERA_SDK_DEPRECATED __attribute__ ((__deprecated__))
#endif

#ifndef TESSERA_SDK_DEPRECATED_EXPORT
#  define TESSERA_SDK_DEPRECATED_EXPORT TESSERA_SDK_EXPORT TESSERA_SDK_DEPRECATED
#endif

#ifndef TESSERA_SDK_DEPRECATED_NO_EXPORT
#  define TESSERA_SDK_DEPRECATED_NO_EXPORT TESSERA_SDK_NO_EXPORT TESSERA_SDK_DEPRECATED
#endif

#if 0 /* DEFINE_NO_DEPRECATED */
#  ifndef TESSERA_SDK_NO_DEPRECATED
#    define TESSERA_SDK_NO_DEPRECATED
#  endif
#endif

#endif /* TESSERA_SDK_EXPORT_H */
