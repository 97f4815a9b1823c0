package org.iiifgenerator.app;

import java.io.PrintWriter;
import java.util.List;
import org.iiifgenerator.aws.AwsClients;
import org.iiifgenerator.config.Settings;
import org.iiifgenerator.task.InvalidJobException;
import org.iiifgenerator.vips.Vips;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.UnmatchedArgumentException;

@Command(name = "iiif-generator", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {LocalCommand.class, DemoCommand.class, ServeCommand.class, BatchCommand.class,
                FinalizeCommand.class, RunCommand.class, SubmitCommand.class, HealthCommand.class, LambdaCommand.class,
                WarmUpCommand.class, PredecessorScriptCommand.class, RemoveCommand.class},
        description = "Turns folders of images and a metadata CSV into static IIIF: level-0 image services, "
                + "manifests and a collection.",
        footer = {"Run 'iiif-generator COMMAND --help' for a command's options.",
                "Exit codes: 0 all done, 1 some images or objects failed, 2 invalid options, configuration or input "
                        + "(fix and run again), 3 the run broke off (worth trying again)."})
public final class IiifGenerator implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        startLoadingLibvips();
        Logging.install();
        System.exit(commandLine().execute(args));
    }

    /**
     * Loading libvips and its format modules takes ~0.1 s; it overlaps with parsing the command line and
     * starting Camel. A failure here is left for the real initialisation to report.
     */
    static Thread startLoadingLibvips() {
        return Thread.ofPlatform().daemon().name("libvips-init").start(() -> {
            try {
                Vips.init(0);
            } catch (RuntimeException | LinkageError reportedLater) {
                // StartUpConfiguration initialises libvips again and fails with the reason.
            }
        });
    }

    static CommandLine commandLine() {
        return new CommandLine(new IiifGenerator())
                .setParameterExceptionHandler(IiifGenerator::usageError)
                .setExecutionExceptionHandler(IiifGenerator::refused);
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT,
            description = "Log in detail, with the stack trace of what made a run fail.")
    void verbose(boolean verbose) {
        if (verbose) {
            Logging.verbose();
        }
    }

    /** A usage error: what is wrong and where the help is, not the whole help; exit code 2. */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(e.getMessage());
        List<String> suggestions = e instanceof UnmatchedArgumentException unmatched
                ? unmatched.getSuggestions() : List.of();
        err.println((suggestions.isEmpty() ? "" : "Did you mean " + String.join(" or ", suggestions.stream()
                .limit(3).toList()) + "? ") + "Run '" + command.getCommandSpec().qualifiedName() + " --help' for "
                + (command.getSubcommands().isEmpty() ? "its options." : "the commands."));
        err.flush();
        return ExitCodes.INVALID;
    }

    /**
     * Options or configuration a command refused before any work: the problem, each on one line naming what the
     * user gave, and exit code 2. Anything else is unexpected, and picocli prints it with its stack trace.
     */
    private static int refused(Exception e, CommandLine command, ParseResult parsed) throws Exception {
        if (!(e instanceof InvalidJobException || e instanceof Settings.SettingException
                || e instanceof AwsClients.UnknownRegionException)) {
            throw e;
        }
        command.getErr().println(e.getMessage());
        command.getErr().flush();
        return ExitCodes.INVALID;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
