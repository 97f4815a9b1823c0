package org.iiifgenerator.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "iiif-generator", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {LocalCommand.class, DemoCommand.class, WarmUpCommand.class},
        description = "Turns folders of images and a metadata CSV into static IIIF: level-0 image services, "
                + "manifests and a collection.")
public final class IiifGenerator implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new IiifGenerator());
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
