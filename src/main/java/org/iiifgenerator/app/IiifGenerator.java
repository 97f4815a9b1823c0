package org.iiifgenerator.app;

import org.iiifgenerator.vips.Vips;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "iiif-generator", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {LocalCommand.class, DemoCommand.class, ServeCommand.class, BatchCommand.class,
                FinalizeCommand.class, RunCommand.class, SubmitCommand.class, HealthCommand.class, LambdaCommand.class,
                WarmUpCommand.class},
        description = "Turns folders of images and a metadata CSV into static IIIF: level-0 image services, "
                + "manifests and a collection.")
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
                // PipelineBeans initialises libvips again and fails with the reason.
            }
        });
    }

    static CommandLine commandLine() {
        return new CommandLine(new IiifGenerator());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
