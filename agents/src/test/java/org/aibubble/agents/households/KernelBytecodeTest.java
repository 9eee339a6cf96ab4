package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The two household kernels read the same constants, from one place: every per-household equation's constants
 * are fields of {@link GroupMonth}, both kernels read the same set of them, and neither has a floating-point
 * literal of its own (only 0 and 1; the vector kernel's 2^52 turns integer counts into doubles) nor reads a
 * static double or float of any class. So an equation that gains a constant in one kernel and not in the other
 * fails here, before the randomised bit-identity test ({@link VectorKernelTest}) has to find it. Read from the
 * compiled classes (ASM), not from the source, so comments and names do not count.
 */
class KernelBytecodeTest {
    private static final String GROUP_MONTH = Type.getInternalName(GroupMonth.class);
    private static final Set<Double> STRUCTURAL = Set.of(0.0, 1.0);
    private static final double TWO_52 = 0x1.0p52;

    @Test
    void bothKernelsReadTheSameGroupConstants() throws IOException {
        Set<String> scalar = groupFieldsRead(ScalarKernel.class);
        Set<String> vector = groupFieldsRead(VectorKernel.class);
        assertEquals(scalar, vector, "GroupMonth fields read by ScalarKernel and by VectorKernel");
    }

    @Test
    void everyGroupConstantIsReadByTheKernelsOrTheTotals() throws IOException {
        Set<String> read = groupFieldsRead(ScalarKernel.class);
        read.addAll(groupFieldsRead(MonthKernel.class));
        Set<String> declared = new TreeSet<>();
        for (Field f : GroupMonth.class.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers())) {
                declared.add(f.getName());
            }
        }
        assertEquals(declared, read, "every GroupMonth field is read by ScalarKernel or by MonthKernel's totals");
    }

    @Test
    void neitherKernelHasAFloatingPointConstantOfItsOwn() throws IOException {
        assertEquals(Set.of(), floatingConstants(ScalarKernel.class, STRUCTURAL), "ScalarKernel's own constants");
        assertEquals(Set.of(), floatingConstants(VectorKernel.class, Set.of(0.0, 1.0, TWO_52)),
                "VectorKernel's own constants");
        assertEquals(Set.of(), staticFloatingFields(ScalarKernel.class), "static doubles ScalarKernel reads");
        assertEquals(Set.of(), staticFloatingFields(VectorKernel.class), "static doubles VectorKernel reads");
    }

    @Test
    void theCheckSeesConstantsAndFields() throws IOException {
        // the checks above are only as good as the reading: it must find what it looks for where it is
        assertTrue(floatingConstants(ConstantsForTheCheck.class, STRUCTURAL).contains(0.3));
        assertTrue(staticFloatingFields(ConstantsForTheCheck.class).contains("LIMIT"));
        assertTrue(groupFieldsRead(ScalarKernel.class).contains("spendingFloor"));
    }

    /** A class with what the kernels must not have, to show that the reading finds it. */
    private static final class ConstantsForTheCheck {
        static double limit = 0.999;
        static double LIMIT = limit;

        static double floor(double income) {
            return 0.3 * income + LIMIT;
        }
    }

    private static Set<String> groupFieldsRead(Class<?> kernel) throws IOException {
        Set<String> fields = new TreeSet<>();
        for (MethodNode m : read(kernel).methods) {
            for (AbstractInsnNode insn : m.instructions) {
                if (insn.getOpcode() == Opcodes.GETFIELD && ((FieldInsnNode) insn).owner.equals(GROUP_MONTH)) {
                    fields.add(((FieldInsnNode) insn).name);
                }
            }
        }
        return fields;
    }

    /** @return the floating-point constants of {@code kernel}'s methods that are not in {@code allowed} */
    private static Set<Double> floatingConstants(Class<?> kernel, Set<Double> allowed) throws IOException {
        Set<Double> found = new TreeSet<>();
        for (MethodNode m : read(kernel).methods) {
            if (m.name.equals("<clinit>")) {
                continue;
            }
            for (AbstractInsnNode insn : m.instructions) {
                switch (insn.getOpcode()) {
                    case Opcodes.DCONST_1, Opcodes.FCONST_1 -> found.add(1.0);
                    case Opcodes.FCONST_2 -> found.add(2.0);
                    case Opcodes.LDC -> {
                        Object c = ((LdcInsnNode) insn).cst;
                        if (c instanceof Double || c instanceof Float) {
                            found.add(((Number) c).doubleValue());
                        }
                    }
                    default -> {
                    }
                }
            }
        }
        found.removeAll(allowed);
        return found;
    }

    /** @return the static double or float fields of any class that {@code kernel}'s methods read */
    private static Set<String> staticFloatingFields(Class<?> kernel) throws IOException {
        Set<String> found = new TreeSet<>();
        for (MethodNode m : read(kernel).methods) {
            if (m.name.equals("<clinit>")) {
                continue;
            }
            for (AbstractInsnNode insn : m.instructions) {
                if (insn.getOpcode() == Opcodes.GETSTATIC) {
                    FieldInsnNode f = (FieldInsnNode) insn;
                    if (f.desc.equals("D") || f.desc.equals("F")) {
                        found.add(f.name);
                    }
                }
            }
        }
        return found;
    }

    private static ClassNode read(Class<?> c) throws IOException {
        try (InputStream in = c.getResourceAsStream(c.getName().substring(c.getName().lastIndexOf('.') + 1) + ".class")) {
            ClassNode node = new ClassNode();
            new ClassReader(in).accept(node, 0);
            return node;
        }
    }
}
