/**
 * The command line ({@code java -jar aibubble.jar <command> ...}): {@link org.aibubble.sim.cli.Main}
 * and one class per sub-command, registered in {@link org.aibubble.sim.cli.Commands}.
 */
package org.aibubble.sim.cli;
