namespace ComplianceEngine.Reports.Internal;

/// <summary>A file written in full to a temporary name beside its final name, waiting to be renamed into place.</summary>
internal sealed class StagedFile
{
    private readonly string _tempPath;
    private readonly string _finalPath;

    private StagedFile(string tempPath, string finalPath, WrittenFile written)
    {
        _tempPath = tempPath;
        _finalPath = finalPath;
        Written = written;
    }

    public WrittenFile Written { get; }

    public static StagedFile Write(string directory, OutputFile file)
    {
        // Same folder as the target, so the rename stays on one file system and is atomic.
        var tempPath = Path.Combine(directory, $".{file.Name}.{Guid.NewGuid():N}.tmp");
        try
        {
            using var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            using var hashing = new HashingStream(stream);
            file.Write(hashing);
            hashing.Flush();
            stream.Flush(flushToDisk: true);
            return new StagedFile(tempPath, Path.Combine(directory, file.Name), new WrittenFile(file.Name, hashing.Sha256(), hashing.Length));
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

    public void Commit() => File.Move(_tempPath, _finalPath, overwrite: true);

    public void Discard()
    {
        try
        {
            File.Delete(_tempPath);
        }
        catch (IOException)
        {
            // Best effort: the original error matters more than a leftover temporary file.
        }
    }
}
