package org.iiifgenerator.app;

/** What the process exit code tells a shell script or AWS Batch. */
public final class ExitCodes {

    /** Everything was published. */
    public static final int OK = 0;
    /** The run finished but some images or objects failed (report.json names them), or publishing failed. */
    public static final int FAILURES = 1;
    /** Nothing was done: the options, the configuration or the input are invalid. */
    public static final int INVALID = 2;

    private ExitCodes() {
    }
}
