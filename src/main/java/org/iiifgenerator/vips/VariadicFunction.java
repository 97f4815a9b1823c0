package org.iiifgenerator.vips;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A libvips function with fixed arguments followed by a NULL-terminated option list.
 * The FFM linker needs the exact types of the variadic part at link time, so one method handle
 * is linked per option shape and kept for the next call with the same shape.
 */
final class VariadicFunction {

    private final MemorySegment address;
    private final FunctionDescriptor fixedPart;
    private final ConcurrentMap<List<VipsOptions.Kind>, MethodHandle> handlesByShape = new ConcurrentHashMap<>();

    VariadicFunction(MemorySegment address, FunctionDescriptor fixedPart) {
        this.address = address;
        this.fixedPart = fixedPart;
    }

    /** Calls the function; strings among the options are allocated in {@code arena}. */
    Object invoke(Arena arena, VipsOptions options, Object... fixedArguments) {
        List<Object> arguments = new ArrayList<>(Arrays.asList(fixedArguments));
        arguments.addAll(options.toArguments(arena));
        return NativeCall.invoke(handleFor(options.shape()), arguments.toArray());
    }

    private MethodHandle handleFor(List<VipsOptions.Kind> shape) {
        return handlesByShape.computeIfAbsent(shape, this::link);
    }

    private MethodHandle link(List<VipsOptions.Kind> shape) {
        List<MemoryLayout> variadicPart = new ArrayList<>();
        for (VipsOptions.Kind kind : shape) {
            variadicPart.add(ValueLayout.ADDRESS);
            variadicPart.add(kind.layout);
        }
        variadicPart.add(ValueLayout.ADDRESS);
        FunctionDescriptor descriptor = fixedPart.appendArgumentLayouts(variadicPart.toArray(MemoryLayout[]::new));
        int firstVariadic = fixedPart.argumentLayouts().size();
        return Linker.nativeLinker().downcallHandle(address, descriptor, Linker.Option.firstVariadicArg(firstVariadic));
    }
}
