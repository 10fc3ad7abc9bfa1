using ComplianceEngine.Engine;

namespace ComplianceEngine.Cli.Internal;

/// <summary>The --out folder is checked before anything is collected or evaluated: a path that names a file, or sits
/// under one, is bad usage (exit 3), not a failure half-way through publishing.</summary>
internal static class OutputLocation
{
    public static void Check(DirectoryInfo output)
    {
        if (File.Exists(output.FullName))
            throw new InputException(output.FullName, null, null, "--out names a file; it must be a folder (existing or to be created)");
        for (var parent = output.Parent; parent is not null; parent = parent.Parent)
        {
            if (File.Exists(parent.FullName))
                throw new InputException(output.FullName, null, null, $"--out cannot be created: {parent.FullName} is a file");
            if (parent.Exists)
                break;
        }
    }
}
