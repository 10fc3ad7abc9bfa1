using System.Buffers;

namespace ComplianceEngine.Fakes.Entra;

/// <summary>
/// A growable buffer over pooled arrays, so that rendering 100 KB–1 MB pages does not churn the large-object heap
/// of the process the benchmark measures.
/// </summary>
internal sealed class PooledBuffer : IBufferWriter<byte>, IDisposable
{
    private byte[] _array = ArrayPool<byte>.Shared.Rent(64 * 1024);

    public int Length { get; private set; }

    public ReadOnlyMemory<byte> Written => _array.AsMemory(0, Length);

    public void Advance(int count) => Length += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsMemory(Length);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _array.AsSpan(Length);
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_array);

    private void Ensure(int sizeHint)
    {
        if (_array.Length - Length >= Math.Max(sizeHint, 256))
            return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_array.Length * 2, Length + sizeHint));
        _array.AsSpan(0, Length).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_array);
        _array = larger;
    }
}
