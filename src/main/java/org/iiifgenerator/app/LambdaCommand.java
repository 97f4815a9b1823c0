package org.iiifgenerator.app;

import com.amazonaws.services.lambda.runtime.api.client.AWSLambda;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "lambda", mixinStandardHelpOptions = true,
        // The first line is the command's summary in the help of iiif-generator: a whole sentence.
        description = {"Serve a Lambda function from the container image: start the AWS Lambda runtime interface "
                + "client with a handler of the application and answer invocations until Lambda stops the "
                + "container.",
                "Handlers:",
                "  " + LambdaCommand.TRIGGER + "   S3 events of the task bucket -> AWS Batch jobs",
                "  " + LambdaCommand.WORKER + "    one object of a task (dispatch=lambda)"})
public final class LambdaCommand implements Callable<Integer> {

    static final String TRIGGER = "org.iiifgenerator.app.TriggerHandler::handleRequest";
    static final String WORKER = "org.iiifgenerator.app.WorkerHandler::handleRequest";

    @Parameters(paramLabel = "HANDLER", description = "The handler, e.g. " + TRIGGER)
    String handler;

    @Override
    public Integer call() throws Exception {
        // Runs the runtime loop; it returns only when the runtime API goes away.
        try {
            AWSLambda.main(new String[] {handler});
        } catch (Exception | Error e) {
            throw e;
        } catch (Throwable other) {
            throw new IllegalStateException("The Lambda runtime client stopped: " + other.getMessage(), other);
        }
        return ExitCodes.OK;
    }
}
