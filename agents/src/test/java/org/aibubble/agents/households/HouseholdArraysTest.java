package org.aibubble.agents.households;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Array;
import java.lang.reflect.Field;

import org.junit.jupiter.api.Test;

class HouseholdArraysTest {

    @Test
    void theDeclaredBytesPerHouseholdAreTheSumOfTheArraysElementSizes() throws Exception {
        HouseholdArrays h = new HouseholdArrays(new int[] {2, 5, 10});
        int bytes = 0;
        for (Field field : HouseholdArrays.class.getDeclaredFields()) {
            Class<?> type = field.getType();
            if (!type.isArray() || field.getName().equals("groupEnd")) {
                continue;
            }
            assertEquals(10, Array.getLength(field.get(h)), field.getName());
            bytes += elementBytes(type.getComponentType());
        }
        assertEquals(bytes, HouseholdArrays.BYTES_PER_HOUSEHOLD);
        assertEquals(37, HouseholdArrays.BYTES_PER_HOUSEHOLD);
    }

    @Test
    void theGroupOfAHouseholdFollowsFromItsIndex() {
        HouseholdArrays h = new HouseholdArrays(new int[] {2, 5, 10});
        assertEquals(0, h.groupOf(0));
        assertEquals(0, h.groupOf(1));
        assertEquals(1, h.groupOf(2));
        assertEquals(1, h.groupOf(4));
        assertEquals(2, h.groupOf(5));
        assertEquals(2, h.groupOf(9));
        assertEquals(5, h.start(2));
        assertEquals(10, h.end(2));
    }

    private static int elementBytes(Class<?> type) {
        if (type == double.class || type == long.class) {
            return 8;
        }
        if (type == float.class || type == int.class) {
            return 4;
        }
        if (type == short.class || type == char.class) {
            return 2;
        }
        return 1;
    }
}
