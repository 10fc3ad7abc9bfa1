namespace ComplianceEngine.Testing;

/// <summary>Paths inside the repository checkout the tests run from.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ComplianceEngine.sln")))
            dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ComplianceEngine.sln not found above the test directory.");
    }
}
