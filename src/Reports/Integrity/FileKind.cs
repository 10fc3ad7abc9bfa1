using System.Runtime.InteropServices;

namespace ComplianceEngine.Reports.Integrity;

/// <summary>
/// Whether a path is a regular file, without opening it: opening a FIFO named like an output would block forever.
/// On Unix through the .NET runtime's own lstat shim (<c>SystemNative_LStat</c>, whose FileStatus begins with
/// Flags and Mode); elsewhere FIFOs cannot sit in a folder, and anything that is not a directory or a link counts as a file.
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;

    public static string? NotRegular(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
            return "a symbolic link";
        if (System.IO.Directory.Exists(path))
            return "a folder";
        if (!OperatingSystem.IsWindows() && Mode(path) is { } mode && (mode & TypeMask) != Regular)
            return (mode & TypeMask) switch
            {
                0x1000 => "a FIFO (named pipe)",
                0xC000 => "a socket",
                0x2000 or 0x6000 => "a device",
                _ => "not a regular file",
            };
        return null;
    }

    private static unsafe int? Mode(string path)
    {
        var status = stackalloc byte[512];
        try
        {
            return LStat(path, status) == 0 ? *(int*)(status + 4) : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_LStat", StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int LStat(string path, byte* status);
}
