using System.Buffers;

namespace ComplianceEngine.Collectors.Entra.Internal;

/// <summary>
/// A page body in a pooled array. Pages are ~100 KB to ~1 MB: fresh arrays of that size land on the large-object
/// heap, and at 100k users their churn forced full GCs that cost more CPU than deserialising.
/// </summary>
internal sealed class PageBuffer : IDisposable
{
    private byte[]? _array;

    private PageBuffer(byte[] array, int length)
    {
        _array = array;
        Length = length;
    }

    public int Length { get; }

    public ReadOnlyMemory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(PageBuffer))).AsMemory(0, Length);

    public static async Task<PageBuffer> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var array = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var length = 0;
        try
        {
            int read;
            while ((read = await stream.ReadAsync(array.AsMemory(length), cancellationToken)) > 0)
            {
                length += read;
                if (length < array.Length)
                    continue;
                var larger = ArrayPool<byte>.Shared.Rent(array.Length * 2);
                array.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(array);
                array = larger;
            }
            return new PageBuffer(array, length);
        }
        catch
        {
            ArrayPool<byte>.Shared.Return(array);
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
            ArrayPool<byte>.Shared.Return(array);
    }
}
