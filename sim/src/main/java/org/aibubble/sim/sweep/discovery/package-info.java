/**
 * Scenario discovery: PRIM (Friedman and Fisher 1999) finds a box in parameter space - a range per
 * number, a set of values per named parameter - where the runs that bust are concentrated.
 */
package org.aibubble.sim.sweep.discovery;
