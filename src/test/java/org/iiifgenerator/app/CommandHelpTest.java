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
}
