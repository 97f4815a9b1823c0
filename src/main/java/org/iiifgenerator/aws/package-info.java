/**
 * How the application's AWS clients are built: region, endpoint, credentials and retries, shared by the S3
 * clients of storage and the SQS, AWS Batch and Lambda clients of intake and dispatch.
 *
 * <p>May depend on: nothing.
 */
package org.iiifgenerator.aws;
