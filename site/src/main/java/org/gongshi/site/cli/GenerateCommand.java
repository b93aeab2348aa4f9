package org.gongshi.site.cli;

import picocli.CommandLine.Command;

@Command(name = "generate", mixinStandardHelpOptions = true, description = "生成演示与基准测试用的虚构数据",
        subcommands = GenerateListingsCommand.class)
final class GenerateCommand {}
