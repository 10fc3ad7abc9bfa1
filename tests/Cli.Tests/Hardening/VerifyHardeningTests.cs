using System.Diagnostics;

namespace ComplianceEngine.Cli.Tests.Hardening;

/// <summary>#13.14: verify flags every entry the manifest does not list, refuses anything that is not a regular file
/// (never hangs), says which run it verified, and with --previous checks the chain.</summary>
public sealed class VerifyHardeningTests : IDisposable
{
    private readonly TempDir _dir = new();

    private async Task<string> Scan(string name = "out")
    {
        var run = await CliRun.Of("scan", "--snapshot", CliRun.Sample, "--config", CliRun.RulesJson, "--out", _dir.File(name), "--no-history");
        run.ExitCode.ShouldBe(ExitCodes.Failures, run.Stderr);
        return _dir.File(name);
    }

    public static TheoryData<string> Additions => new() { "dotfile", "subfolder", "dot-subfolder", "symlink", "fifo" };

    [Theory]
    [MemberData(nameof(Additions))]
    public async Task Anything_added_beside_the_outputs_is_named(string kind)
    {
        var outDir = await Scan();
        var name = kind switch { "dotfile" => ".hidden", "subfolder" => "extra", "dot-subfolder" => ".git", "symlink" => "link.json", _ => "pipe" };
        var path = Path.Combine(outDir, name);
        switch (kind)
        {
            case "dotfile": File.WriteAllText(path, "x"); break;
            case "subfolder" or "dot-subfolder": Directory.CreateDirectory(path); break;
            case "symlink": File.CreateSymbolicLink(path, Path.Combine(outDir, "evidence.json")); break;
            default: if (!MakeFifo(path)) return; break;
        }

        var verify = await CliRun.Of("verify", outDir);

        verify.ExitCode.ShouldBe(ExitCodes.Changed, verify.Stdout);
        verify.Stdout.ShouldContain($"CHANGED: {name}");
    }

    public static TheoryData<string> Outputs => new() { "evidence.json", "report.html", "manifest.json", "manifest.sig" };

    [Theory]
    [MemberData(nameof(Outputs))]
    public async Task A_fifo_named_like_an_output_is_refused_without_hanging(string name)
    {
        var outDir = await Scan();
        File.Delete(Path.Combine(outDir, name));
        if (!MakeFifo(Path.Combine(outDir, name)))
            return;

        var verify = CliRun.Of("verify", outDir);
        var finished = await Task.WhenAny(verify, Task.Delay(TimeSpan.FromSeconds(20)));

        finished.ShouldBe(verify, "verify hung on a FIFO");
        var result = await verify;
        result.ExitCode.ShouldBe(ExitCodes.Changed, result.Stdout);
        result.Stdout.ShouldContain(name == "manifest.sig" ? "manifest.sig" : $"{name} is a FIFO");
    }

    [Fact]
    public async Task It_says_which_run_it_verified_and_checks_the_chain_with_previous()
    {
        var outDir = await Scan();
        var first = _dir.Write("first-manifest.json", File.ReadAllText(Path.Combine(outDir, "manifest.json")));
        await Scan();
        var unrelated = await Scan("other");

        var chained = await CliRun.Of("verify", outDir, "--previous", first);
        var broken = await CliRun.Of("verify", outDir, "--previous", Path.Combine(unrelated, "manifest.json"));
        var firstOfChain = await CliRun.Of("verify", unrelated, "--previous", first);

        chained.ExitCode.ShouldBe(ExitCodes.Success, chained.Stdout);
        chained.Stdout.ShouldMatch(@"Run [0-9a-f]{32}, created \d{4}-\d\d-\d\dT[\d:.]+Z, chained to manifest sha256 [0-9a-f]{64}");
        broken.ExitCode.ShouldBe(ExitCodes.Changed);
        broken.Stdout.ShouldContain("not to the expected earlier one");
        firstOfChain.ExitCode.ShouldBe(ExitCodes.Changed);
        firstOfChain.Stdout.ShouldContain("does not chain to an earlier manifest");
    }

    private static bool MakeFifo(string path)
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/mkfifo"))
            return false;
        using var mkfifo = Process.Start("/usr/bin/mkfifo", [path]);
        mkfifo.WaitForExit();
        return mkfifo.ExitCode == 0;
    }

    public void Dispose() => _dir.Dispose();
}
