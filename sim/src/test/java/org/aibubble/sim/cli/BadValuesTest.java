package org.aibubble.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values an economy cannot have, read once as misleading exits or silent misreads: each is exit 2 with
 * one line naming the key, and no folder is created.
 */
class BadValuesTest {
    private static final Path BASELINE = Path.of("..", "configs", "baseline.yaml").toAbsolutePath().normalize();

    @TempDir
    Path dir;

    private String refusal(String... sets) throws IOException {
        List<String> args = new ArrayList<>(List.of("run", BASELINE.toString(), "--months", "3", "--households",
                "1000", "--out", "o"));
        for (String set : sets) {
            args.add("--set");
            args.add(set);
        }
        CliRunner.Outcome outcome = new CliRunner(dir).run(args.toArray(new String[0]));
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertEquals(1, outcome.err().lines().count(), outcome.err());
        assertFalse(Files.exists(dir.resolve("o")), "no folder for bad input");
        assertTrue(outcome.err().startsWith("error: "), outcome.err());
        return outcome.err().strip();
    }

    @Test
    void magnitudesAnEconomyCannotHaveAreRefusedWithTheirRange() throws IOException {
        assertEquals("error: macro.firmsDeposits = 1.0E15: must be in [0, 30000]", refusal("macro.firmsDeposits=1e15"));
        assertEquals("error: macro.firmsDeposits = 1.0E308: must be in [0, 30000]",
                refusal("macro.firmsDeposits=1e308"));
        assertEquals("error: macro.softwareDebt = 1.0E308: must be in [0, 1200]", refusal("macro.softwareDebt=1e308"));
        assertEquals("error: macro.governmentDebt = -1: must be in [0, 220000]", refusal("macro.governmentDebt=-1"));
    }

    @Test
    void aGroupTooSmallForAnyHouseholdIsRefused() throws IOException {
        String message = refusal("households.groups[0].populationShare=0.0001",
                "households.groups[2].populationShare=0.7999");
        assertEquals("error: households.groups[0].populationShare = 1.0E-4: gives the group no household at "
                + "run.households = 1000; needs at least 5.0E-4 (or more households)", message);
    }

    @Test
    void anEventOnAnUnknownIndicatorIsRefusedWithTheAllowedNames() throws IOException {
        String message = refusal("scenario.events=[{type: efficiency-shock, when: \"moon >= 3\", size: 0.5, "
                + "duration: 1}]");
        assertTrue(message.startsWith("error: scenario.events[0].when = \"moon >= 3\": unknown indicator moon; "
                + "allowed: month, ai_index,"), message);
        assertTrue(message.contains("capex_h1") && message.endsWith(", ai_drawdown"), message);
    }

    @Test
    void twoHyperscalersCannotPartnerTheSameLab() throws IOException {
        String message = refusal("hyperscalers.firms[1].partnerLab=l1", "hyperscalers.firms[1].partnerStake=0.9");
        assertEquals("error: hyperscalers.firms[1].partnerLab = l1: lab l1 is already the partner of h1 (firms[0]); "
                + "a lab has at most one partner hyperscaler, whose partnerStake is its share of the lab (so stakes "
                + "never sum above 1)", message);
    }

    @Test
    void moreHouseholdsThanTheHeapHoldsAreRefusedNamingTheFlag() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Runtime.getRuntime().maxMemory() < 40L * 200_000_000,
                "this JVM's heap could hold 200 million households");
        CliRunner.Outcome outcome = new CliRunner(dir).run("run", BASELINE.toString(), "--households", "200000000",
                "--out", "o");
        assertEquals(2, outcome.exitCode(), outcome.err());
        assertTrue(outcome.err().startsWith("error: run.households = 200000000: needs about "), outcome.err());
        assertTrue(outcome.err().contains(": run java with -Xmx"), outcome.err());
        assertFalse(Files.exists(dir.resolve("o")));
    }
}
