using System.Text.RegularExpressions;

namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// Puts staged files in place all or nothing. A journal names the files first; each existing file is moved aside to a
/// backup, then each staged file renamed into place, the manifest last. If a rename fails, what was renamed is undone
/// and the backups are put back; if the process dies, the next publication into the folder finishes or undoes it from
/// the journal (the manifest's staged file still there: undo; gone: it was published). Leftovers of killed runs with no
/// journal are removed.
/// </summary>
internal sealed partial class Publication(string directory, string id)
{
    public const string JournalSuffix = ".journal";

    private static readonly AsyncLocal<Action<string>?> Hook = new();

    /// <summary>For tests: called before each rename into place with the final name, to make one fail (this flow only).</summary>
    internal static Action<string>? BeforeCommit
    {
        get => Hook.Value;
        set => Hook.Value = value;
    }

    public static string NewId() => Guid.NewGuid().ToString("N");

    public string TempPath(string name) => Path.Combine(directory, $".{name}.{id}.tmp");

    private string BackupPath(string name) => Path.Combine(directory, $".{name}.{id}.bak");

    private string JournalPath => Path.Combine(directory, $".publish.{id}{JournalSuffix}");

    /// <param name="names">The staged files, in commit order (the manifest last).</param>
    /// <param name="remove">Files of an earlier run this one does not write (they would be outside its manifest).</param>
    public void Commit(IReadOnlyList<string> names, IReadOnlyList<string> remove)
    {
        File.WriteAllLines(JournalPath, names.Select(n => "+" + n).Concat(remove.Select(n => "-" + n)));
        var committed = new List<string>();
        try
        {
            foreach (var name in names.Concat(remove))
            {
                if (File.Exists(Path.Combine(directory, name)))
                    File.Move(Path.Combine(directory, name), BackupPath(name));
            }
            foreach (var name in names)
            {
                BeforeCommit?.Invoke(name);
                File.Move(TempPath(name), Path.Combine(directory, name));
                committed.Add(name);
            }
        }
        catch
        {
            Undo(names.Concat(remove).ToList(), committed);
            throw;
        }
        Finish(names.Concat(remove));
    }

    private void Undo(IReadOnlyList<string> names, IReadOnlyList<string> committed)
    {
        foreach (var name in committed)
            TryDelete(Path.Combine(directory, name));
        foreach (var name in names)
        {
            if (File.Exists(BackupPath(name)))
                File.Move(BackupPath(name), Path.Combine(directory, name), overwrite: true);
            TryDelete(TempPath(name));
        }
        TryDelete(JournalPath);
    }

    private void Finish(IEnumerable<string> names)
    {
        foreach (var name in names)
            TryDelete(BackupPath(name));
        TryDelete(JournalPath);
    }

    /// <summary>
    /// Before a new publication: finishes or undoes each one a killed run left (its journal), then removes every other
    /// temporary file or backup of this tool in the folder. Only called while holding the folder's lock.
    /// </summary>
    public static void Recover(string directory, string manifestName)
    {
        foreach (var journal in Directory.EnumerateFiles(directory, "." + "publish.*" + JournalSuffix))
        {
            var id = Path.GetFileName(journal)[".publish.".Length..^JournalSuffix.Length];
            var publication = new Publication(directory, id);
            var lines = File.ReadAllLines(journal);
            var names = lines.Select(l => l[1..]).ToList();
            if (File.Exists(publication.TempPath(manifestName)))
                // Renamed into place already: the staged file is gone; those are undone, the backups put back.
                publication.Undo(names, [.. lines.Where(l => l[0] == '+').Select(l => l[1..]).Where(n => !File.Exists(publication.TempPath(n)))]);
            else
                publication.Finish(names);
        }
        foreach (var path in Directory.EnumerateFiles(directory, ".*"))
        {
            if (Leftover().IsMatch(Path.GetFileName(path)))
                TryDelete(path);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more than a leftover temporary file.
        }
    }

    [GeneratedRegex(@"^\..+\.[0-9a-f]{32}\.(tmp|bak)$|^\.publish\.[0-9a-f]{32}\.journal$", RegexOptions.CultureInvariant)]
    private static partial Regex Leftover();
}
