using System.Text;

namespace ComplianceEngine.Reports.Tests;

public sealed class OutputFolderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("reports-out-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static OutputFile Text(string name, string text) => new(name, s => s.Write(Encoding.UTF8.GetBytes(text)));

    private Dictionary<string, byte[]> Files() =>
        Directory.GetFiles(_dir).ToDictionary(p => Path.GetFileName(p), File.ReadAllBytes);

    [Fact]
    public void Writes_every_file_and_the_last_one_from_their_hashes()
    {
        var written = new OutputFolder(_dir).Write([Text("a.txt", "alpha"), Text("b.txt", "beta")],
            files => Text("manifest.txt", string.Join("\n", files.Select(f => $"{f.Name} {f.Sha256} {f.Size}"))));

        written.Select(w => w.Name).ShouldBe(["a.txt", "b.txt", "manifest.txt"]);
        Encoding.UTF8.GetString(Files()["manifest.txt"]).ShouldBe(
            $"a.txt {RunInfo.Sha256Of("alpha"u8)} 5\nb.txt {RunInfo.Sha256Of("beta"u8)} 4");
    }

    [Fact]
    public void Replaces_the_previous_files()
    {
        var folder = new OutputFolder(_dir);
        folder.Write([Text("a.txt", "first run, longer content")]);

        folder.Write([Text("a.txt", "second")]);

        Encoding.UTF8.GetString(Files()["a.txt"]).ShouldBe("second");
    }

    [Fact]
    public void A_writer_that_throws_leaves_the_previous_outputs_byte_identical_and_no_temporary_files()
    {
        var folder = new OutputFolder(_dir);
        folder.Write([Text("a.txt", "old a"), Text("b.txt", "old b"), Text("c.txt", "old c")], _ => Text("manifest.txt", "old manifest"));
        var before = Files();

        var failing = new OutputFile("c.txt", s =>
        {
            s.Write("half of new c"u8);
            throw new IOException("disk full");
        });
        var thrown = Should.Throw<IOException>(() =>
            folder.Write([Text("a.txt", "new a"), Text("b.txt", "new b"), failing], _ => Text("manifest.txt", "new manifest")));

        thrown.Message.ShouldBe("disk full");
        var after = Files();
        after.Keys.Order().ShouldBe(before.Keys.Order());
        foreach (var (name, bytes) in before)
            after[name].ShouldBe(bytes, name);
    }

    [Fact]
    public void A_manifest_that_throws_leaves_the_previous_outputs_intact()
    {
        var folder = new OutputFolder(_dir);
        folder.Write([Text("a.txt", "old a")]);

        Should.Throw<InvalidOperationException>(() =>
            folder.Write([Text("a.txt", "new a")], _ => throw new InvalidOperationException("no manifest")));

        Files().Keys.ShouldBe(["a.txt"]);
        Encoding.UTF8.GetString(Files()["a.txt"]).ShouldBe("old a");
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("sub/file.txt")]
    [InlineData(".hidden")]
    [InlineData("")]
    public void Refuses_names_that_are_not_plain_file_names(string name) =>
        Should.Throw<ArgumentException>(() => new OutputFolder(_dir).Write([Text(name, "x")]));

    [Fact]
    public void Refuses_the_same_name_twice() =>
        Should.Throw<ArgumentException>(() => new OutputFolder(_dir).Write([Text("a.txt", "1"), Text("A.txt", "2")]));
}
