namespace ComplianceEngine.Reports.Internal;

/// <summary>A file written in full to its publication's temporary name beside its final name, waiting to be renamed into place.</summary>
internal sealed class StagedFile
{
    private readonly string _tempPath;

    private StagedFile(string tempPath, WrittenFile written)
    {
        _tempPath = tempPath;
        Written = written;
    }

    public WrittenFile Written { get; }

    public static StagedFile Write(Publication publication, OutputFile file)
    {
        // Same folder as the target, so the rename stays on one file system and is atomic.
        var tempPath = publication.TempPath(file.Name);
        try
        {
            using var stream = new FileStream(tempPath, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024);
            using var hashing = new HashingStream(stream);
            file.Write(hashing);
            hashing.Flush();
            stream.Flush(flushToDisk: true);
            return new StagedFile(tempPath, new WrittenFile(file.Name, hashing.Sha256(), hashing.Length));
        }
        catch
        {
            File.Delete(tempPath);
            throw;
        }
    }

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
