package org.aibubble.sim.bench;

import java.util.LinkedHashMap;
import java.util.Map;

import org.aibubble.agents.parallel.KernelKind;
import org.aibubble.sim.format.Mappers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the {@code bench} command measured, printed as one JSON object on one line.
 *
 * @param households                 simulated households N
 * @param months                     months stepped
 * @param threads                    threads that ran the household slices (and the bandwidth probe)
 * @param kernel                     how the household kernel ran: on SIMD vectors (the JVM had
 *                                   {@code --add-modules jdk.incubator.vector}) or one household at a time
 * @param warmupMonths               months stepped before the per-household timing started (JIT warm-up)
 * @param nsPerHouseholdMonth        wall time of the household sector's monthly pass, ns per household per month
 * @param cpuNsPerHouseholdMonth     CPU time of the whole process (all threads, whole model) over the timed months,
 *                                   ns per household per month
 * @param bytesPerHousehold          bytes of all per-household fields
 * @param bytesTouchedPerHouseholdMonth bytes the household pass reads plus bytes it writes, per household per month
 * @param bandwidthGbPerSecond       streaming bandwidth measured in this process on {@code threads} threads, GB/s
 *                                   (10^9 bytes)
 * @param floorNsPerHouseholdMonth   the memory floor: bytes touched divided by the bandwidth, ns per household-month
 * @param floorRatio                 {@code nsPerHouseholdMonth / floorNsPerHouseholdMonth} (1 = at the floor)
 * @param initSeconds                wall time to build the whole model at month 0, s
 * @param totalSeconds               wall time of the whole model: building it and stepping every month, s
 * @param cpuSeconds                 CPU time of the process (all threads) over the same span, s: on an otherwise idle
 *                                   machine with {@code threads} cores the whole model takes about
 *                                   {@code cpuSeconds / threads} plus its serial part
 * @param heapMb                     heap still in use after the run, after a full collection, MiB
 * @param machine                    the CPU's model and vector width the figures were measured on
 */
public record BenchResult(int households, int months, int threads, KernelKind kernel, int warmupMonths, double nsPerHouseholdMonth,
        double cpuNsPerHouseholdMonth, int bytesPerHousehold,
        int bytesTouchedPerHouseholdMonth, double bandwidthGbPerSecond, double floorNsPerHouseholdMonth,
        double floorRatio, double initSeconds, double totalSeconds, double cpuSeconds, long heapMb,
        MachineInfo machine) {

    private static final ObjectMapper MAPPER = Mappers.json();

    /** @return the result as one line of JSON with snake_case keys, in the order of the record */
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("households", households);
        json.put("months", months);
        json.put("threads", threads);
        json.put("kernel", kernel.label());
        json.put("warmup_months", warmupMonths);
        json.put("ns_per_household_month", round(nsPerHouseholdMonth, 3));
        json.put("cpu_ns_per_household_month", round(cpuNsPerHouseholdMonth, 3));
        json.put("bytes_per_household", bytesPerHousehold);
        json.put("bytes_touched_per_household_month", bytesTouchedPerHouseholdMonth);
        json.put("bandwidth_gb_per_s", round(bandwidthGbPerSecond, 1));
        json.put("floor_ns_per_household_month", round(floorNsPerHouseholdMonth, 3));
        json.put("floor_ratio", round(floorRatio, 2));
        json.put("init_seconds", round(initSeconds, 3));
        json.put("total_seconds", round(totalSeconds, 3));
        json.put("cpu_seconds", round(cpuSeconds, 3));
        json.put("heap_mb", heapMb);
        json.put("cpu", machine.cpu());
        json.put("vector_bits", machine.vectorBits());
        try {
            return MAPPER.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the bench result as JSON", e);
        }
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
