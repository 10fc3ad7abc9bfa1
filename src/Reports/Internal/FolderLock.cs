namespace ComplianceEngine.Reports.Internal;

/// <summary>
/// A lock file held open (and deleted on close) while a run publishes into a folder. The operating system releases it
/// when the process dies, so holding it proves no live run is writing there.
/// </summary>
internal static class FolderLock
{
    public const string FileName = ".compliance-publish.lock";

    public static IDisposable? TryAcquire(string directory)
    {
        try
        {
            return new FileStream(Path.Combine(directory, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
