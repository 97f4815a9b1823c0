package org.iiifgenerator.vips;

import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/** Invocation plumbing shared by every downcall. */
final class NativeCall {

    /** Long enough for any C string; only the bytes up to the NUL are read. */
    private static final long C_STRING_MAX = Long.MAX_VALUE;

    private NativeCall() {
    }

    static Object invoke(MethodHandle handle, Object... arguments) {
        try {
            return handle.invokeWithArguments(arguments);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            // Downcalls declare Throwable but only ever throw unchecked exceptions.
            throw new IllegalStateException(t);
        }
    }

    /** Reads a NUL-terminated UTF-8 string returned by C; null for a NULL pointer. */
    static String readString(MemorySegment pointer) {
        return pointer.equals(MemorySegment.NULL) ? null : pointer.reinterpret(C_STRING_MAX).getString(0);
    }
}
