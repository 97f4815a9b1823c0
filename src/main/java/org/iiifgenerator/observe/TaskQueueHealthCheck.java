package org.iiifgenerator.observe;

import java.time.Duration;
import java.util.function.Supplier;
import org.apache.camel.health.HealthCheckResultBuilder;
import software.amazon.awssdk.services.sqs.SqsClient;
import software.amazon.awssdk.services.sqs.model.QueueAttributeName;

/**
 * Readiness of the long-lived container with a task queue: SQS answers for the queue now. It stands in for the
 * queue consumer's own check, which tells how its last poll went: a poll runs the tasks of the messages it received
 * (their messages are kept invisible, and deleted or not, as each task ends), so after an outage that check would
 * stay DOWN for as long as the first task runs, although SQS answers again.
 */
public final class TaskQueueHealthCheck extends ServiceAnswersCheck {

    private final Supplier<SqsClient> sqs;
    private final String queue;
    /** Found once SQS first answered: a queue keeps its URL. */
    private volatile String queueUrl;

    /** {@code queue}: the queue's name or ARN (arn:aws:sqs:region:account:name), as tasks.queue takes it. */
    public TaskQueueHealthCheck(Supplier<SqsClient> sqs, String queue, Duration timeout) {
        super("task-queue", "The task queue " + queue, timeout);
        this.sqs = sqs;
        this.queue = queue;
    }

    @Override
    protected void ask(HealthCheckResultBuilder builder) {
        builder.detail("queue", queue);
        String url = queueUrl();
        String waiting = sqs.get().getQueueAttributes(request -> request.queueUrl(url)
                        .attributeNames(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES)
                        .overrideConfiguration(call -> call.apiCallTimeout(timeout)))
                .attributes().get(QueueAttributeName.APPROXIMATE_NUMBER_OF_MESSAGES);
        builder.detail("messages.waiting", waiting);
    }
    private String queueUrl() {
        if (queueUrl == null) {
            // The queue's name, and its account when given by ARN, as camel-aws2-sqs reads them.
            String[] arn = queue.startsWith("arn:") ? queue.split(":") : null;
            String name = arn == null ? queue : arn[arn.length - 1];
            String account = arn == null || arn.length < 6 ? null : arn[4];
            queueUrl = sqs.get().getQueueUrl(request -> request.queueName(name).queueOwnerAWSAccountId(account)
                    .overrideConfiguration(call -> call.apiCallTimeout(timeout))).queueUrl();
        }
        return queueUrl;
    }
}
