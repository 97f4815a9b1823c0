/**
 * The run's report: what became of each object and image, its warnings, and the progress log.
 *
 * <p>May depend on: nothing.
 */
package org.iiifgenerator.report;
