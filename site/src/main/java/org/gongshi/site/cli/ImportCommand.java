package org.gongshi.site.cli;

import picocli.CommandLine.Command;

@Command(name = "import", mixinStandardHelpOptions = true, description = "导入内容", subcommands = {ImportDocumentsCommand.class, ImportListingsCommand.class})
final class ImportCommand {}
