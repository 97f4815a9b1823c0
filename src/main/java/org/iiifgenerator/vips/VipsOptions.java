package org.iiifgenerator.vips;

import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The optional {@code name, value, ..., NULL} tail of a libvips call, in the order given.
 * Values keep their C type because a variadic call must be linked with exactly those types.
 */
final class VipsOptions {

    /** C types a libvips option value travels as; enums and gboolean are passed as int. */
    enum Kind {
        INT(ValueLayout.JAVA_INT),
        DOUBLE(ValueLayout.JAVA_DOUBLE),
        STRING(ValueLayout.ADDRESS),
        POINTER(ValueLayout.ADDRESS);

        final MemoryLayout layout;

        Kind(MemoryLayout layout) {
            this.layout = layout;
        }
    }

    private record Option(String name, Kind kind, Object value) {
    }

    private final List<Option> options = new ArrayList<>();

    VipsOptions add(String name, int value) {
        options.add(new Option(name, Kind.INT, value));
        return this;
    }

    VipsOptions add(String name, boolean value) {
        return add(name, value ? 1 : 0);
    }

    VipsOptions add(String name, double value) {
        options.add(new Option(name, Kind.DOUBLE, value));
        return this;
    }

    /** A boxed libvips value the caller owns and frees after the call, e.g. a VipsArrayDouble. */
    VipsOptions add(String name, MemorySegment value) {
        options.add(new Option(name, Kind.POINTER, value));
        return this;
    }

    VipsOptions add(String name, String value) {
        options.add(new Option(name, Kind.STRING, value));
        return this;
    }

    /** The value types in order: two calls with the same shape can share one linked method handle. */
    List<Kind> shape() {
        return options.stream().map(Option::kind).toList();
    }

    /** The native arguments: each name and value, then the NULL that ends the list. */
    List<Object> toArguments(Arena arena) {
        List<Object> arguments = new ArrayList<>(options.size() * 2 + 1);
        for (Option option : options) {
            arguments.add(arena.allocateFrom(option.name()));
            arguments.add(option.kind() == Kind.STRING ? arena.allocateFrom((String) option.value()) : option.value());
        }
        arguments.add(MemorySegment.NULL);
        return arguments;
    }
}
