package org.iiifgenerator.storage;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Swaps two paths in one step with Linux's {@code renameat2(…, RENAME_EXCHANGE)}: a reader of either path finds
 * the one folder or the other, whole, at every moment. Java has no such operation, and two plain renames leave
 * nothing at the path between them. Where the call is missing (another operating system, a C library without
 * it) or refused (a file system without the flag, the two paths on different file systems), nothing changes and
 * the caller does it another way.
 */
final class FolderSwap {

    /** Paths relative to the working directory; ours are absolute, for which it does not matter. */
    private static final int AT_FDCWD = -100;
    private static final int RENAME_EXCHANGE = 2;
    /** The encoding the JDK gives file names to the operating system in. */
    private static final Charset FILE_NAMES = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
    private static final MethodHandle RENAMEAT2 = renameat2();

    private FolderSwap() {
    }

    private static MethodHandle renameat2() {
        try {
            Linker linker = Linker.nativeLinker();
            return linker.defaultLookup().find("renameat2")
                    .map(symbol -> linker.downcallHandle(symbol,
                            FunctionDescriptor.of(JAVA_INT, JAVA_INT, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT)))
                    .orElse(null);
        } catch (IllegalCallerException nativeAccessDenied) {
            return null;
        }
    }

    /** True when {@code one} and {@code other} (both existing) have swapped places; false when nothing changed. */
    static boolean swap(Path one, Path other) {
        if (RENAMEAT2 == null) {
            return false;
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment from = arena.allocateFrom(one.toAbsolutePath().toString(), FILE_NAMES);
            MemorySegment to = arena.allocateFrom(other.toAbsolutePath().toString(), FILE_NAMES);
            return (int) RENAMEAT2.invokeExact(AT_FDCWD, from, AT_FDCWD, to, RENAME_EXCHANGE) == 0;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable neverThrownByADowncall) {
            throw new IllegalStateException(neverThrownByADowncall);
        }
    }
}
