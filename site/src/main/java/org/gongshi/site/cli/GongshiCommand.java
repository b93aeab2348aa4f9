package org.gongshi.site.cli;

import picocli.CommandLine.Command;

@Command(name = "gongshi", mixinStandardHelpOptions = true, version = "Gongshi 0.1.0",
        description = "公示：司法公开与信用信息公示网站",
        subcommands = {ServeCommand.class, ReindexCommand.class, ImportCommand.class, GenerateCommand.class,
                ListingCommand.class, UserCommand.class})
final class GongshiCommand {}
