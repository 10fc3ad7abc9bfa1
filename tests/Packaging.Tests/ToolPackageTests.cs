using System.Text.RegularExpressions;

namespace ComplianceEngine.Packaging.Tests;

/// <summary>
/// The tool as a user gets it: packed, installed into a tool path from a local feed only (with its own NuGet
/// cache, so nothing stale is reused and nothing outside the temporary folder is touched), then run.
/// </summary>
public sealed partial class ToolPackageTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("compliance-pack-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string In(string name) => Path.Combine(_root, name);

    [Fact]
    public async Task The_packed_tool_installs_reports_its_version_and_scans_the_bundled_sample()
    {
        var version = VersionRegex().Match(File.ReadAllText(Repository.PathOf("Directory.Build.props"))).Groups[1].Value;
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        File.WriteAllText(In("nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration><packageSources><clear /><add key="local" value="{In("feed")}" /></packageSources></configuration>
            """);
        var isolated = new Dictionary<string, string> { ["NUGET_PACKAGES"] = In("nuget-cache"), ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" };

        var pack = await Command.Run("dotnet", ["pack", Repository.PathOf("src", "Cli", "Cli.csproj"), "-c", configuration, "--no-build", "-o", In("feed")], _root, isolated);
        pack.ExitCode.ShouldBe(0, pack.Output);
        File.Exists(In($"feed/ComplianceEngine.Cli.{version}.nupkg")).ShouldBeTrue(pack.Output);

        var install = await Command.Run("dotnet", ["tool", "install", "--tool-path", In("tools"), "--configfile", In("nuget.config"),
            "--add-source", In("feed"), "ComplianceEngine.Cli", "--version", version], _root, isolated);
        install.ExitCode.ShouldBe(0, install.Output);

        var tool = In("tools/compliance");
        var versionRun = await Command.Run(tool, ["--version"], _root);
        versionRun.ExitCode.ShouldBe(0, versionRun.Output);
        versionRun.Stdout.Trim().ShouldStartWith(version);

        Directory.CreateDirectory(In("work"));
        var scan = await Command.Run(tool, ["scan", "--out", In("work/out"), "--history", In("work/history.db")], In("work"));
        scan.ExitCode.ShouldBe(1, scan.Output);
        scan.Stdout.ShouldContain("the bundled sample tenant");
        scan.Stdout.ShouldContain("First run of these sources in the history");
        Directory.GetFiles(In("work/out")).Select(Path.GetFileName).Order().ShouldBe(
            ["access-review.csv", "evidence.json", "manifest.json", "remediation.csv", "report.html", "results.sarif", "snapshot.json"]);

        var history = await Command.Run(tool, ["history", "--history", In("work/history.db")], In("work"));
        history.Stdout.ShouldContain("1 run(s) shown");
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionRegex();
}
