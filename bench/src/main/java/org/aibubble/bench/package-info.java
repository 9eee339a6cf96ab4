/**
 * JMH micro-benchmarks of the household kernel and of the slice scheme that runs it on several threads.
 * Scores are nanoseconds per household per month ({@code avgt}, one operation = one household). Run with
 * {@code java -jar bench/target/benchmarks.jar} (see docs/PERFORMANCE.md); {@code mvn verify} only builds them.
 */
package org.aibubble.bench;
