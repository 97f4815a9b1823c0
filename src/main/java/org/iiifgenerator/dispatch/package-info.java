/**
 * Runs a task elsewhere: submits it to AWS Batch (one job, or an array job of shards and its finalize job)
 * or fans its objects out to Lambda workers and collects their share records.
 *
 * <p>May depend on: aws, config, pipeline, share, storage, task.
 */
package org.iiifgenerator.dispatch;
