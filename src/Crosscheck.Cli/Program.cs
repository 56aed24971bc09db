return await Crosscheck.Cli.CommandLine.Build().Parse(args).InvokeAsync().ConfigureAwait(false);
