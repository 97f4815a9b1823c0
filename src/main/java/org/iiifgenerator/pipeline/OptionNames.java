package org.iiifgenerator.pipeline;

import org.iiifgenerator.task.Job;

/**
 * How the user named a job's folders, for messages: a local run was given {@code --images} and {@code --out}, a task
 * names its images and output in task variables.
 */
final class OptionNames {

    private OptionNames() {
    }

    static String images(Job job) {
        return job.images().isLocal() ? "--images" : "ACCESS_DIR in AWS_SRC_BUCKET";
    }

    static String output(Job job) {
        return job.output().isLocal() ? "--out" : "AWS_DEST_BUCKET";
    }
}
