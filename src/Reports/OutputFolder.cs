using ComplianceEngine.Reports.Internal;

namespace ComplianceEngine.Reports;

/// <summary>
/// Writes a set of output files into a folder so that a failure never leaves a half-written set: every file
/// is first written in full to a temporary file in the same folder (flushed to disk, hashed on the way), and
/// only when all of them succeeded are they renamed over the old ones, the manifest last. If any writer
/// throws, or any rename fails, the folder is put back exactly as it was (<see cref="Internal.Publication"/>);
/// a publication a killed run left half-done is finished or undone by the next one, and its leftovers removed.
/// </summary>
public sealed class OutputFolder
{
    public OutputFolder(string directory) => Directory = Path.GetFullPath(directory);

    public string Directory { get; }

    /// <param name="files">The files, written and renamed in this order.</param>
    /// <param name="last">Builds the final file (the manifest) from what the others hashed to.</param>
    /// <returns>Every file written, the last one included.</returns>
    public IReadOnlyList<WrittenFile> Write(IReadOnlyList<OutputFile> files, Func<IReadOnlyList<WrittenFile>, OutputFile>? last = null) =>
        WriteSealed(files, last is null ? null : written => [last(written)]);

    /// <param name="files">The files, written and renamed in this order.</param>
    /// <param name="last">Builds the final files (the manifest and its signature) from what the others hashed to.</param>
    /// <returns>Every file written, the last ones included.</returns>
    /// <param name="remove">Files of an earlier run that this set does not include: removed in the same all-or-nothing step.</param>
    public IReadOnlyList<WrittenFile> WriteSealed(IReadOnlyList<OutputFile> files, Func<IReadOnlyList<WrittenFile>, IReadOnlyList<OutputFile>>? last,
        IReadOnlyList<string>? remove = null)
    {
        CheckNames(files);
        System.IO.Directory.CreateDirectory(Directory);
        using var folderLock = Internal.FolderLock.TryAcquire(Directory);
        // Only with the folder to itself does a run know that every leftover is a dead run's, not a live one's.
        if (folderLock is not null)
            Internal.Publication.Recover(Directory, ManifestWriter.FileName);
        var publication = new Internal.Publication(Directory, Internal.Publication.NewId());
        var staged = new List<StagedFile>(files.Count + 2);
        try
        {
            foreach (var file in files)
                staged.Add(StagedFile.Write(publication, file));
            if (last is not null)
            {
                var finals = last(staged.Select(s => s.Written).ToList());
                CheckNames([.. files, .. finals]);
                foreach (var final in finals)
                    staged.Add(StagedFile.Write(publication, final));
            }
        }
        catch
        {
            foreach (var file in staged)
                file.Discard();
            throw;
        }
        var names = staged.Select(s => s.Written.Name).ToList();
        publication.Commit(names, [.. (remove ?? []).Where(n => !names.Contains(n, StringComparer.OrdinalIgnoreCase))]);
        return staged.Select(s => s.Written).ToList();
    }


    private static void CheckNames(IReadOnlyList<OutputFile> files)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (file.Name.Length == 0 || file.Name.StartsWith('.') || file.Name.IndexOfAny(['/', '\\', ':']) >= 0)
                throw new ArgumentException($"'{file.Name}' is not a plain file name.", nameof(files));
            if (!seen.Add(file.Name))
                throw new ArgumentException($"'{file.Name}' appears twice in one output set.", nameof(files));
        }
    }
}
