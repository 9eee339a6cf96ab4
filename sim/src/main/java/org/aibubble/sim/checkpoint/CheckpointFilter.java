package org.aibubble.sim.checkpoint;

import java.io.ObjectInputFilter;
import java.util.Set;

/**
 * What a checkpoint's Java serialisation may contain; everything else stops the read before an object
 * of it is made. Allowed: the project's own classes ({@code org.aibubble.*}, including the serialised
 * lambdas of its schedule), the exact MASON, JDK and library classes a saved economy holds (listed in
 * {@link #LIBRARY_CLASSES}: no {@code java.net}, no reflection beyond {@code SerializedLambda}, and no
 * hashed collection, whose reading would compute the hash codes of whatever the file puts in it), and
 * arrays of primitives or of those classes. Limits, each well above a real checkpoint: nesting depth
 * {@link #MAX_DEPTH}, {@link #MAX_REFERENCES} objects, and no array or stream longer in bytes than the
 * serialisation the header declares, so a huge array is refused before it is allocated.
 */
final class CheckpointFilter implements ObjectInputFilter {
    /**
     * The deepest nesting of objects accepted: a saved economy nests about 20 deep (CheckpointFileTest
     * keeps a margin); the limit keeps a crafted file from exhausting the stack. No hashed collection is
     * allowed, so nesting cannot make a read do more work than its length.
     */
    static final int MAX_DEPTH = 64;
    /** The most objects and references accepted (a saved economy has about 1,500). */
    static final long MAX_REFERENCES = 1_000_000;
    /** Every class outside {@code org.aibubble} a saved economy holds, by its binary name. */
    static final Set<String> LIBRARY_CLASSES = Set.of(
            "sim.engine.SimState", "sim.engine.Schedule", "sim.engine.Schedule$Key", "sim.engine.Sequence",
            "sim.engine.IterativeRepeat", "sim.engine.Steppable", "sim.util.Bag", "sim.util.Heap",
            "ec.util.MersenneTwisterFast",
            "java.lang.Object", "java.lang.Number", "java.lang.Integer", "java.lang.Enum", "java.lang.Comparable",
            "java.lang.invoke.SerializedLambda",
            "java.util.ArrayList", "java.util.ArrayDeque", "java.util.EnumMap", "java.util.CollSer",
            "java.util.ImmutableCollections$ListN", "java.util.ImmutableCollections$List12");
    private static final String OWN_PACKAGE = "org.aibubble.";

    private final long maxBytes;
    private String refusal;
    private long deepest;

    /** @param maxBytes the length of the serialisation the header declares: no stream or array may exceed it */
    CheckpointFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** @return why the last refusal was made, in words (e.g. {@code it holds java.net.URL}), or null */
    String refusal() {
        return refusal;
    }

    /** @return the deepest nesting seen so far */
    long deepest() {
        return deepest;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        deepest = Math.max(deepest, info.depth());
        if (info.depth() > MAX_DEPTH) {
            return refuse("its objects nest deeper than " + MAX_DEPTH + " (a saved economy nests about 20 deep)");
        }
        if (info.references() > MAX_REFERENCES) {
            return refuse("it holds more than " + MAX_REFERENCES + " objects");
        }
        if (info.streamBytes() > maxBytes) {
            return refuse("its serialisation is longer than the " + maxBytes + " bytes its header declares");
        }
        Class<?> type = info.serialClass();
        if (type == null) {
            return Status.ALLOWED;
        }
        Class<?> element = type;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        if (type.isArray()) {
            long elementBytes = element.isPrimitive() ? primitiveBytes(element) : 1;
            if (info.arrayLength() > maxBytes / elementBytes) {
                return refuse("it holds an array of " + info.arrayLength() + " elements, more than its header's "
                        + maxBytes + " bytes can hold");
            }
        }
        if (element.isPrimitive() || allowed(element)) {
            return Status.ALLOWED;
        }
        return refuse("it holds a " + element.getName() + ", which no saved economy contains");
    }

    private Status refuse(String why) {
        refusal = why;
        return Status.REJECTED;
    }

    private static boolean allowed(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE) || LIBRARY_CLASSES.contains(type.getName());
    }

    private static long primitiveBytes(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) {
            return 8;
        }
        if (primitive == int.class || primitive == float.class) {
            return 4;
        }
        if (primitive == short.class || primitive == char.class) {
            return 2;
        }
        return 1;
    }
}
