/**
 * Deterministic data parallelism for the large agent populations (households).
 *
 * <p>A population of {@code n} agents is cut into fixed slices ({@link org.aibubble.agents.parallel.SliceLayout});
 * the cut depends only on {@code n}, never on the number of threads. A {@link
 * org.aibubble.agents.parallel.SliceExecutor} runs one task per slice on however many threads the run was given;
 * each slice writes its partial totals into its own slot, and the caller adds the slots in slice order. Random
 * draws come from {@link org.aibubble.agents.parallel.CounterRandom} (a counter-based generator: every monthly
 * household decision and every macro draw) and {@link org.aibubble.agents.parallel.QuasiRandom} (an evenly spread
 * quasi-random sequence, for the starting population only), both pure functions of the run seed, a stream, the
 * month and the agent's index, so a draw does not depend on which thread or slice made it.
 * Together these make a run byte-identical whatever the thread count.
 */
package org.aibubble.agents.parallel;
