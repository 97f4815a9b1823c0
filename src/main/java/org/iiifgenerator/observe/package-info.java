/**
 * Health checks and gauges of the long-lived container: the task bucket and queue answer, work is waiting.
 *
 * <p>May depend on: pipeline.
 */
package org.iiifgenerator.observe;
