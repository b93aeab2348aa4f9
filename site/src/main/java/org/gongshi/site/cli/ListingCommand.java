package org.gongshi.site.cli;

import picocli.CommandLine.Command;

@Command(name = "listing", mixinStandardHelpOptions = true, description = "管理失信被执行人名单",
        subcommands = RemoveListingCommand.class)
final class ListingCommand {}
