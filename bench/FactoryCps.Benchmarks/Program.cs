using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/FactoryCps.Benchmarks -- --filter '*'   (see docs/performance.md)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
