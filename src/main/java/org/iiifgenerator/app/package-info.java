/**
 * The command line and the Lambda entry points: the commands (local, run, batch, submit, serve, finalize...),
 * logging, and the wiring of the pipeline's beans into Camel. The top of the application: nothing depends on it.
 *
 * <p>May depend on: any package.
 */
package org.iiifgenerator.app;
