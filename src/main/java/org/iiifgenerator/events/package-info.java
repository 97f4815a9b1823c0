/**
 * The extension events user routes attach to: their names, headers and bodies, built from what the
 * pipeline and the task intake report.
 *
 * <p>May depend on: iiif, intake, pipeline, report.
 */
package org.iiifgenerator.events;
