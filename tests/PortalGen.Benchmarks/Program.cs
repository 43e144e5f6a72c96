using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/PortalGen.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
