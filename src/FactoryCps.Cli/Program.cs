using FactoryCps.Cli;

// fcps: the FactoryCPS command line. Each feature adds its commands in Cli.BuildRoot.
return Cli.Run(args, CliEnvironment.FromProcess());
