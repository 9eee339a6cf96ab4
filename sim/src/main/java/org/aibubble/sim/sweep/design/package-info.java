/**
 * Sweep designs: where in parameter space a sweep puts its points. Samplers draw coordinates in the
 * unit hypercube; each sweep parameter maps a coordinate onto its range or value list.
 */
package org.aibubble.sim.sweep.design;
