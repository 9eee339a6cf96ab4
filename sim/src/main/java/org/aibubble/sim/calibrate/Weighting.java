package org.aibubble.sim.calibrate;

/** The weighting matrix W of the loss {@code (m - m*)' W (m - m*)}. */
public enum Weighting {
    /** W = I: raw deviations (moments should then share a scale). */
    IDENTITY,
    /** W = diag(1 / var): the inverse bootstrap variances of the simulated moments at the start. */
    DIAGONAL,
    /** W = the inverse of the bootstrap covariance of the simulated moments at the start. */
    BOOTSTRAP
}
