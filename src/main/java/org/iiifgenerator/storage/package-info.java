/**
 * Reading and publishing files in a local folder or an S3 bucket: locations, keys, content types and the S3
 * clients.
 *
 * <p>May depend on: aws.
 */
package org.iiifgenerator.storage;
