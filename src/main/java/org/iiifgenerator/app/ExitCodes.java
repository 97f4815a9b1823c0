package org.iiifgenerator.app;

/** What the process exit code tells a shell script or AWS Batch. */
public final class ExitCodes {

    /** Everything was published. */
    public static final int OK = 0;
    /**
     * The run finished but some images or objects failed of themselves (report.json names them), or a finalize job
     * found a shard missing: running it again as it is would not help.
     */
    public static final int FAILURES = 1;
    /** Nothing was done: the options, the configuration or the input are invalid. */
    public static final int INVALID = 2;
    /**
     * The run broke off before it finished (storage unreachable, disk full, an unexpected error), or finished
     * without some images because S3 did not serve them after its retries: nothing says a second try would fail
     * too, so AWS Batch tries the job again (see BatchSubmitter.RETRY_RULES), keeping what is published.
     */
    public static final int BROKEN = 3;

    private ExitCodes() {
    }
}
