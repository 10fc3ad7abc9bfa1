using System.Reflection;
using ComplianceEngine.Collectors.Bench;

// dotnet run -c Release --project bench/Collectors.Bench -- [entra|aws|azure ...]
var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(t => typeof(ICollectorBenchmark).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
    .Select(t => (ICollectorBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

var selected = args.Length == 0 ? benchmarks : benchmarks.Where(b => args.Contains(b.Name)).ToList();
if (selected.Count == 0)
{
    Console.Error.WriteLine($"Unknown benchmark. Available: {string.Join(", ", benchmarks.Select(b => b.Name))}");
    return 3;
}
foreach (var benchmark in selected)
    await benchmark.RunAsync(Console.Out, CancellationToken.None);
return 0;
