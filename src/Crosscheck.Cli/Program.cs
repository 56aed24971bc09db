return Crosscheck.Cli.CommandLine.Build().Parse(args).Invoke();
