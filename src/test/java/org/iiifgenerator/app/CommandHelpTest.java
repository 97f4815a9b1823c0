package org.iiifgenerator.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CommandHelpTest {

    @Test
    void everyCommandsHelpNamesItsDefaultsWithoutUnresolvedPlaceholders() {
        List<CommandLine> commands = new ArrayList<>();
        commands.add(IiifGenerator.commandLine());
        commands.addAll(IiifGenerator.commandLine().getSubcommands().values());

        assertThat(commands).hasSizeGreaterThan(5);
        for (CommandLine command : commands) {
            String help = command.getUsageMessage(CommandLine.Help.Ansi.OFF);
            assertThat(help).as("help of %s", command.getCommandName())
                    .doesNotContain("null").doesNotContain("${");
        }
    }

    /** The top-level help lists each command by the first line of its description: a whole sentence. */
    @Test
    void theTopLevelHelpListsEveryCommandWithAWholeSentenceAndEndsWithTheExitCodes() {
        CommandLine top = IiifGenerator.commandLine();
        String help = top.getUsageMessage(CommandLine.Help.Ansi.OFF).replaceAll("\\s+", " ");

        for (CommandLine command : top.getSubcommands().values()) {
            if (command.getCommandSpec().usageMessage().hidden()) {
                continue;
            }
            String summary = command.getCommandSpec().usageMessage().description()[0];
            assertThat(summary).as("summary of %s", command.getCommandName()).endsWith(".");
            assertThat(help).as("help lists %s", command.getCommandName())
                    .contains(command.getCommandName() + " " + summary);
        }
        assertThat(help.strip()).endsWith("3 the run broke off (worth trying again).");
    }
}
