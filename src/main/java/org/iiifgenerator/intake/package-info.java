/**
 * Takes tasks in: from the task bucket, the task queue or S3 event notifications, with their tries, their
 * outcomes and the tasks in hand.
 *
 * <p>May depend on: config, dispatch, iiif, layout, pipeline, report, share, storage, task.
 */
package org.iiifgenerator.intake;
