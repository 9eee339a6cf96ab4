package org.aibubble.agents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.aibubble.agents.policy.BoundaryViolationFixture;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Agents reach each other only through their inputs, role interfaces and records: no class in an agent
 * package (firms, labs, credit, households, policy, markets) references {@code World}, {@code Economy} or
 * {@code EconomyBuilder}, nor a concrete class of another agent package - only its records, enums,
 * interfaces and stateless classes (rules, ledger helpers). The economy package wires them. Any
 * violation not named in {@link #REMAINING} (empty) fails, and one that is fixed must leave the list.
 */
class AgentBoundariesTest {
    private static final String ROOT = "org.aibubble.agents.";
    private static final List<String> AGENT_PACKAGES = List.of("firms", "labs", "credit", "households", "policy",
            "markets");
    private static final Set<String> LOCATORS = Set.of("economy.World", "economy.Economy", "economy.EconomyBuilder");
    /**
     * Violations still in the code, as {@code source -> target} (package tail and top-level class). None
     * remain; a violation added here must be named and removed again.
     */
    private static final Set<String> REMAINING = Set.of();

    @Test
    void agentsReachOtherAgentsOnlyThroughInputsRolesAndRecords() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.aibubble.agents");
        assertTrue(classes.size() > 50, "the agents' classes were imported: " + classes.size());
        Set<String> found = violations(classes);
        Set<String> added = new TreeSet<>(found);
        added.removeAll(REMAINING);
        assertEquals(Set.of(), added, "new references from an agent to World, Economy or another agent's class");
        Set<String> fixed = new TreeSet<>(REMAINING);
        fixed.removeAll(found);
        assertEquals(Set.of(), fixed, "fixed: remove these from REMAINING");
    }

    @Test
    void theCheckFindsAnAgentThatReachesTheWorldOrAnotherAgent() {
        Set<String> found = violations(new ClassFileImporter().importClasses(BoundaryViolationFixture.class));
        assertEquals(Set.of("policy.BoundaryViolationFixture -> economy.World",
                "policy.BoundaryViolationFixture -> firms.Hyperscaler"), found);
    }

    private static Set<String> violations(JavaClasses classes) {
        Set<String> found = new TreeSet<>();
        for (JavaClass source : classes) {
            String from = agentPackage(source);
            if (from == null) {
                continue;
            }
            for (Dependency dependency : source.getDirectDependenciesFromSelf()) {
                JavaClass target = dependency.getTargetClass();
                while (target.isArray()) {
                    target = target.getComponentType();
                }
                String name = shortName(target);
                String to = agentPackage(target);
                boolean locator = LOCATORS.contains(name);
                boolean otherAgent = to != null && !to.equals(from) && !sharedShape(target);
                if (locator || otherAgent) {
                    found.add(shortName(source) + " -> " + name);
                }
            }
        }
        return found;
    }

    /**
     * @return whether another agent package may use it: a record, enum or interface, or a class without
     *         instance state (a rule or a ledger helper such as {@code firms.Payouts}: pure functions)
     */
    private static boolean sharedShape(JavaClass type) {
        boolean record = type.getRawSuperclass().map(s -> s.getName().equals("java.lang.Record")).orElse(false);
        boolean stateless = type.getFields().stream()
                .allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC));
        return record || type.isEnum() || type.isInterface() || stateless;
    }

    /** @return the agent package (firms, ..., markets) of {@code type}, or null */
    private static String agentPackage(JavaClass type) {
        String name = type.getPackageName();
        for (String agent : AGENT_PACKAGES) {
            if (name.equals(ROOT + agent) || name.startsWith(ROOT + agent + ".")) {
                return agent;
            }
        }
        return null;
    }

    /** @return {@code package-tail.TopLevelClass}, e.g. {@code economy.World} */
    private static String shortName(JavaClass type) {
        JavaClass top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        String name = top.getName();
        return name.startsWith(ROOT) ? name.substring(ROOT.length()) : name;
    }
}
